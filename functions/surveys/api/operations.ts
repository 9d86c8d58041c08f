import type { PeopleStore } from '#functions/directory/stores.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import { type ChooseDeps, planOf } from '../choose-programs.ts';
import { surveyResults } from '../survey-results.ts';
import { assertReader, chooseAsRunner } from '../survey-scope.ts';
import { surveyRequests } from './requests.ts';
import { surveyResponses } from './responses.ts';

const surveyApi = { ...surveyRequests, responseBodies: surveyResponses } as const;
const { answer, param, signedIn } = operationTools(surveyApi);

/** What the surveys' operations need. */
export type SurveyApiDeps = ChooseDeps & { people: Pick<PeopleStore, 'get'> };

const yearOf = (input: Parameters<typeof param>[0]) => Number(param(input, 'year'));

/**
 * The operations on a cycle's impact survey: read its plan and results (evaluators, admins), and
 * choose its programs (an admin or the lead evaluator). Responses come through the pages only:
 * the public's, and those OPD staff enter beside a respondent.
 */
export const operations: Record<string, Operation<SurveyApiDeps>> = {
  getImpactSurvey: async (input) => {
    const identity = signedIn(input);
    assertReader(identity);
    const plan = await planOf(input.deps, identity.city, yearOf(input));
    return answer('getImpactSurvey', 200, { plan, ...(await surveyResults(input.deps, plan)) });
  },

  chooseImpactPrograms: async (input) => {
    const identity = signedIn(input);
    const chosen = await chooseAsRunner(input.deps, identity, yearOf(input), readJsonBody(input.event));
    return answer('chooseImpactPrograms', chosen.replayed ? 200 : 201, chosen);
  },
};

import type { PeopleStore } from '#functions/directory/stores.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import type { SelectionDeps } from '../selection.ts';
import { announceAsLead, drawAsLead, publishedSelection } from '../selection-scope.ts';
import { verifySelection } from '../verify-selection.ts';
import { selectionRequests } from './requests.ts';
import { selectionResponses } from './responses.ts';

const selectionApi = { ...selectionRequests, responseBodies: selectionResponses } as const;
const { answer, param, signedIn } = operationTools(selectionApi);

/** What the selection's operations need. */
export type SelectionApiDeps = SelectionDeps & { people: Pick<PeopleStore, 'get'> };

const yearOf = (input: Parameters<typeof param>[0]) => Number(param(input, 'year'));

/** The operations on a cycle's selection: read and recheck it (anyone of the city), announce and draw (the lead). */
export const operations: Record<string, Operation<SelectionApiDeps>> = {
  getSelection: async (input) => {
    const { city } = signedIn(input);
    return answer('getSelection', 200, {
      selection: await publishedSelection(input.deps, city, yearOf(input)),
    });
  },

  verifySelection: async (input) => {
    const { city } = signedIn(input);
    return answer(
      'verifySelection',
      200,
      verifySelection(await publishedSelection(input.deps, city, yearOf(input))),
    );
  },

  announceSelection: async (input) => {
    const identity = signedIn(input);
    const selection = await announceAsLead(input.deps, identity, yearOf(input), readJsonBody(input.event));
    return answer('announceSelection', 201, { selection });
  },

  drawSelection: async (input) => {
    const identity = signedIn(input);
    const outcome = await drawAsLead(input.deps, identity, yearOf(input), readJsonBody(input.event));
    return answer('drawSelection', outcome.replayed ? 200 : 201, outcome);
  },
};

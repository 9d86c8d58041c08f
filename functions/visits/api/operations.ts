import type { PeopleStore } from '#functions/directory/stores.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import { type FindingsDeps, recordFindings } from '../record-findings.ts';
import type { SelectionDeps } from '../selection.ts';
import { announceAsLead, drawAsLead, publishedSelection } from '../selection-scope.ts';
import { verifySelection } from '../verify-selection.ts';
import { readVisit, visitsOf } from '../visit-access.ts';
import { visitClaimsOf } from '../visit-claims.ts';
import { confirmVisit, proposeVisit } from '../visit-schedule.ts';
import { selectionRequests } from './requests.ts';
import { selectionResponses } from './responses.ts';

const selectionApi = { ...selectionRequests, responseBodies: selectionResponses } as const;
const { answer, param, signedIn } = operationTools(selectionApi);

/** What the selection's and the visits' operations need. */
export type SelectionApiDeps = SelectionDeps & FindingsDeps & { people: Pick<PeopleStore, 'get'> };

const yearOf = (input: Parameters<typeof param>[0]) => Number(param(input, 'year'));

/**
 * The operations on a cycle's selection: read and recheck it (anyone of the city), announce and
 * draw (the lead); and on its visits: read them (whoever the visit concerns), propose and confirm
 * a date (the team, the head of the OPD), record findings (the team).
 */
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

  listVisits: async (input) => {
    const identity = signedIn(input);
    return answer('listVisits', 200, { visits: await visitsOf(input.deps, identity, yearOf(input)) });
  },

  getVisit: async (input) => {
    const identity = signedIn(input);
    const visit = await readVisit(input.deps, identity, yearOf(input), param(input, 'opd'));
    const review = await input.deps.reviews.get(identity.city, visit.year, visit.opd);
    return answer('getVisit', 200, { visit, claims: review ? visitClaimsOf(review, identity) : null });
  },

  proposeVisit: async (input) => {
    const identity = signedIn(input);
    const outcome = await proposeVisit(
      input.deps,
      identity,
      yearOf(input),
      param(input, 'opd'),
      readJsonBody(input.event),
    );
    return answer('proposeVisit', 200, outcome);
  },

  confirmVisit: async (input) => {
    const identity = signedIn(input);
    const outcome = await confirmVisit(
      input.deps,
      identity,
      yearOf(input),
      param(input, 'opd'),
      readJsonBody(input.event),
    );
    return answer('confirmVisit', 200, outcome);
  },

  recordFinding: async (input) => {
    const identity = signedIn(input);
    const { review, replayed } = await recordFindings(
      input.deps,
      identity,
      yearOf(input),
      param(input, 'opd'),
      readJsonBody(input.event),
    );
    return answer('recordFinding', 200, { claims: visitClaimsOf(review, identity), replayed });
  },
};

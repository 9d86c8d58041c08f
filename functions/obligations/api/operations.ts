import {
  canAdministerObligations,
  listOwnObligations,
  moveOwnDeadline,
  waiveOwn,
} from '#functions/obligations/admin-scope.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { type Operation, type OperationInput, operationTools } from '#functions/platform/http/operation.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { obligationsApi } from './schemas.ts';

const { answer, body, param, query, signedIn } = operationTools(obligationsApi);

/** What the obligation operations need: the obligation use cases' ports. */
export interface ObligationApiDeps {
  obligationDeps: ObligationDeps;
}

/** Default page size of `GET /api/obligations`. */
const defaultLimit = 50;

/** An admin, checked before the body is read: other roles learn nothing about the input. */
const admin = (input: OperationInput<ObligationApiDeps>): Identity => {
  const identity = signedIn(input);
  if (!canAdministerObligations(identity)) throw refusals.forbidden();
  return identity;
};

/** The operations on a cycle's obligations: list (admins, evaluators), move and waive (admins). */
export const operations: Record<string, Operation<ObligationApiDeps>> = {
  listObligations: async (input) => {
    const identity = signedIn(input);
    const { year, limit, cursor } = query(input, 'listObligations');
    const listing = await listOwnObligations(input.deps.obligationDeps, identity, {
      year,
      limit: limit ?? defaultLimit,
      cursor,
    });
    return answer('listObligations', 200, listing);
  },

  moveObligation: async (input) => {
    const identity = admin(input);
    const obligationId = param(input, 'obligationId');
    const { due } = body(input, 'moveObligation');
    const moved = await moveOwnDeadline(input.deps.obligationDeps, identity, obligationId, due);
    return answer('moveObligation', 200, moved);
  },

  waiveObligation: async (input) => {
    const identity = admin(input);
    const obligationId = param(input, 'obligationId');
    const { reason } = body(input, 'waiveObligation');
    const obligation = await waiveOwn(input.deps.obligationDeps, identity, obligationId, reason);
    return answer('waiveObligation', 200, { obligation });
  },
};

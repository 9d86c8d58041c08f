import type { Operation, OperationInput } from '#functions/app/api/api.ts';
import { body, param, signedIn } from '#functions/app/api/operation-input.ts';
import { queryParameters } from '#functions/app/api/operation-schemas.ts';
import { answer } from '#functions/app/api/respond.ts';
import {
  canAdministerObligations,
  listOwnObligations,
  moveOwnDeadline,
  waiveOwn,
} from '#functions/obligations/admin-scope.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';

/** Default page size of `GET /api/obligations`. */
const defaultLimit = 50;

/** An admin, checked before the body is read: other roles learn nothing about the input. */
const admin = (input: OperationInput): Identity => {
  const identity = signedIn(input);
  if (!canAdministerObligations(identity)) throw refusals.forbidden();
  return identity;
};

/** The operations on a cycle's obligations: list (admins, evaluators), move and waive (admins). */
export const obligationOperations: Record<string, Operation> = {
  listObligations: async (input) => {
    const identity = signedIn(input);
    const query = parseInput(queryParameters.listObligations, input.event.queryStringParameters ?? {});
    const listing = await listOwnObligations(input.deps.obligationDeps, identity, {
      year: query.year,
      limit: query.limit ?? defaultLimit,
      cursor: query.cursor,
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

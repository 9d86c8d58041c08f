import type { Obligation } from '#functions/obligations/model.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { ObligationKind } from './define.ts';

/** A set of obligation kinds, found by kind id or by the form an OPD answers them with. */
export interface KindRegistry<Id extends string = string> {
  readonly all: readonly ObligationKind<Id>[];
  byId(id: string): ObligationKind<Id> | undefined;
  byForm(formId: string): ObligationKind<Id> | undefined;
}

/** A kind's id ends its obligations' ids, which links and schedule names carry. */
export const kindIdPattern = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * The registry of `kinds`. Checked when it is built, so a malformed list fails the cold start:
 * @throws Error on an id that cannot end an obligation id, or two kinds with one id or one form
 * (a submission must answer one obligation).
 */
export function createKindRegistry<Id extends string>(
  kinds: readonly ObligationKind<Id>[],
): KindRegistry<Id> {
  const byId = new Map<string, ObligationKind<Id>>();
  const byForm = new Map<string, ObligationKind<Id>>();
  for (const kind of kinds) {
    if (!kindIdPattern.test(kind.id)) throw new Error(`Bad obligation kind id: ${kind.id}`);
    if (byId.has(kind.id)) throw new Error(`Two obligation kinds are called ${kind.id}`);
    if (byForm.has(kind.formId)) throw new Error(`Form ${kind.formId} answers two obligation kinds`);
    byId.set(kind.id, kind);
    byForm.set(kind.formId, kind);
  }
  return { all: kinds, byId: (id) => byId.get(id), byForm: (formId) => byForm.get(formId) };
}

/**
 * The kind of a stored obligation.
 * @throws InvalidInputError when the registry has no such kind.
 */
export function kindOf<Id extends string>(
  registry: KindRegistry<Id>,
  obligation: Pick<Obligation, 'obligationId' | 'kind'>,
): ObligationKind<Id> {
  const kind = registry.byId(obligation.kind);
  if (!kind) throw new InvalidInputError(`Obligation ${obligation.obligationId} has an unknown kind`);
  return kind;
}

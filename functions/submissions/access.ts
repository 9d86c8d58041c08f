import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { OpdScope } from './model.ts';

/**
 * The OPD a caller acts for: only OPD roles fill forms, and only for the OPD in their claims.
 * Evaluators and admins read but never write an OPD's drafts or submissions.
 */
export function writableScope(identity: Identity): OpdScope {
  if (!identity.opd || !hasRole(identity, 'opd-operator', 'opd-head')) throw refusals.forbidden();
  return { city: identity.city, opd: identity.opd };
}

/**
 * Returns `item` when the caller may read it. Items are fetched under the caller's city, so a
 * foreign city's item is never found; an OPD role meets another OPD's item as not found (404),
 * which tells nothing about whether it exists.
 */
export function readable<T extends OpdScope>(identity: Identity, item: T | undefined, what: Bilingual): T {
  if (!item || item.city !== identity.city) throw refusals.notFound(what);
  if (hasRole(identity, 'admin', 'evaluator')) return item;
  if (identity.opd !== undefined && item.opd === identity.opd) return item;
  throw refusals.notFound(what);
}

export const things = {
  form: { id: 'Formulir', en: 'The form' },
  draft: { id: 'Draf', en: 'The draft' },
  submission: { id: 'Kiriman', en: 'The submission' },
} as const satisfies Record<string, Bilingual>;

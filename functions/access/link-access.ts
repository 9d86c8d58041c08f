import { reviewPath } from '#functions/assessment/review-paths.ts';
import type { Person } from '#functions/directory/stores.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { SessionScope } from '#functions/platform/identity/session-store.ts';
import type { LinkPayload } from '#functions/platform/identity/signed-links.ts';
import type { AccessPageDeps } from './deps.ts';

/** What opening a link grants: one person, an identity no wider than the purpose, one obligation. */
export interface LinkAccess {
  person: Person;
  identity: Identity;
  scope: SessionScope;
  obligation: Obligation;
}

export const linkLanding = (obligationId: string) => `/kewajiban/${encodeURIComponent(obligationId)}`;

/**
 * Where a session opened from a link lands: the review of the obligation for a `review` link, the
 * obligation's page otherwise. Obligation ids are `<city>.<year>.<opd>.<kind>`, and none of their
 * parts holds a dot.
 */
export function landingOf(scope: SessionScope): string {
  if (scope.purpose !== 'review') return linkLanding(scope.obligation);
  const [, year, opd] = scope.obligation.split('.');
  return reviewPath(Number(year), opd ?? '');
}

const base = (person: Person): Omit<Identity, 'roles'> => ({
  subject: person.personId,
  city: person.city,
  email: person.email,
  name: person.name,
});

/**
 * Resolves a verified link payload to what it grants, or `undefined` when the person, the
 * obligation or the purpose do not fit together (a moved operator, a deleted obligation, a head
 * of another OPD). The person's stored role decides; the payload only narrows it.
 */
export async function resolveLinkAccess(
  deps: AccessPageDeps,
  payload: LinkPayload,
): Promise<LinkAccess | undefined> {
  const [person, obligation] = await Promise.all([
    deps.people.get(payload.city, payload.person),
    deps.obligationDeps.obligations.get(payload.obligation),
  ]);
  if (!person || !obligation || obligation.city !== payload.city || obligation.opd !== payload.opd)
    return undefined;
  const scope: SessionScope = { purpose: payload.purpose, obligation: obligation.obligationId };
  const ofOpd = person.opd === payload.opd;
  if (payload.purpose === 'fill') {
    if (person.role !== 'opd-operator' || !ofOpd) return undefined;
    return {
      person,
      obligation,
      scope,
      identity: { ...base(person), opd: payload.opd, roles: ['opd-operator'] },
    };
  }
  if (payload.purpose === 'review') {
    // An evaluator acts for no OPD; whether they verify this one, the review itself decides.
    if (person.role !== 'evaluator' || person.opd !== undefined) return undefined;
    return { person, obligation, scope, identity: { ...base(person), roles: ['evaluator'] } };
  }
  if (person.role === 'opd-head' && ofOpd)
    return {
      person,
      obligation,
      scope,
      identity: { ...base(person), opd: payload.opd, roles: ['opd-head'] },
    };
  const city = await deps.obligationDeps.directory.getCity(payload.city);
  // The city secretary holds no OPD: the session carries no role, only the obligation in scope.
  if (city?.secretary === person.personId)
    return { person, obligation, scope, identity: { ...base(person), roles: [] } };
  return undefined;
}

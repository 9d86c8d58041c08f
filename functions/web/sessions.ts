import type { Identity } from '#functions/auth/identity.ts';
import type { Session } from '#functions/store/session-store.ts';
import { sessionCookie, setCookie } from './cookies.ts';
import type { WebDeps } from './deps.ts';

/** Eight hours: a working day, then sign in again. */
export const sessionTtlSeconds = 8 * 3600;

/**
 * Starts a session for `identity`, audits it on the person's history, and returns the cookie.
 * OPD-less identities (evaluators, admins) are audited under the pseudo-OPD `-`.
 */
export async function startSession(deps: WebDeps, identity: Identity, via: Session['via']): Promise<string> {
  const { id } = await deps.sessions.create({ identity, via }, sessionTtlSeconds);
  const at = deps.clock.now().toISOString();
  await deps.audit.append({
    eventId: deps.newId(),
    at,
    actor: identity.subject,
    action: 'session.started',
    city: identity.city,
    opd: identity.opd ?? '-',
    entity: { type: 'person', id: identity.subject },
    before: null,
    after: { via, roles: identity.roles },
  });
  return setCookie(sessionCookie, id, { maxAgeSeconds: sessionTtlSeconds });
}

import { createHash } from 'node:crypto';
import { langCookie, sessionCookie, setCookie } from '#functions/platform/http/cookies.ts';
import { sessionAudit } from '#functions/platform/identity/audit-events.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { Session, SessionScope } from '#functions/platform/identity/session-store.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { WebRequest } from './request.ts';

/** Eight hours: a working day, then sign in again. */
export const sessionTtlSeconds = 8 * 3600;

/**
 * Sign-ins (demo, link) one network address may start in {@link signInWindowSeconds}: far above
 * what the staff of a city office behind one address start on a reminder morning, far below what
 * a script would.
 */
export const signInsPerWindow = 100;
export const signInWindowSeconds = 600;

/** Thrown when a client started too many sign-ins in the window; answered 429, nothing written. */
export class TooManySignInsError extends Error {
  override readonly name = 'TooManySignInsError';
}

/**
 * Counts one sign-in attempt of the client (its network address, hashed: the table keeps no
 * address) and refuses past the limit. Called before anything is written for the sign-in.
 */
export async function limitSignIns(request: WebRequest): Promise<void> {
  const client = createHash('sha256')
    .update(`sign-in#${request.event.requestContext.http.sourceIp}`)
    .digest('base64url');
  if (!(await request.deps.rateLimits.hit(client, signInsPerWindow, signInWindowSeconds)))
    throw new TooManySignInsError();
}

/** The language cookie a sign-in sets: the person's stored language applies to the pages after it. */
export const languageCookie = (lang: Lang) =>
  setCookie(langCookie, lang, { maxAgeSeconds: 365 * 24 * 3600, httpOnly: false });

/**
 * Starts a session for `identity` and returns its cookie. The session this browser had before
 * ends first (signing in as someone else never leaves the earlier person signed in), the person
 * keeps at most a few live sessions, and the sign-in is audited on the person's history.
 */
export async function startSession(
  request: WebRequest,
  identity: Identity,
  via: Session['via'],
  scope?: SessionScope,
): Promise<string> {
  const { deps } = request;
  if (request.session) await deps.sessions.delete(request.session.id);
  const { id } = await deps.sessions.create(
    { identity, via, ...(scope ? { scope } : {}) },
    sessionTtlSeconds,
  );
  await auditSession(request, identity, 'session.started', {
    via,
    roles: identity.roles,
    ...(scope ? { scope } : {}),
  });
  return setCookie(sessionCookie, id, { maxAgeSeconds: sessionTtlSeconds });
}

/**
 * A session event on the person's history. OPD-less identities (evaluators, admins, the city
 * secretary) are audited under the pseudo-OPD `-`.
 */
export async function auditSession(
  request: WebRequest,
  identity: Identity,
  action: 'session.started' | 'session.ended',
  after: Record<string, unknown>,
): Promise<void> {
  const { deps } = request;
  await deps.audit.append(
    sessionAudit.event(action, {
      eventId: deps.newId(),
      at: deps.clock.now().toISOString(),
      actor: identity.subject,
      city: identity.city,
      opd: identity.opd ?? '-',
      entityId: identity.subject,
      before: null,
      after,
    }),
  );
}

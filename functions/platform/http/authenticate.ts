import { readCookie, sessionCookie } from '#functions/platform/http/cookies.ts';
import { type Identity, identityFromClaims } from '#functions/platform/identity/identity.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import { CsrfError, checkCsrf } from './csrf.ts';
import { HttpError, httpErrors } from './errors.ts';
import type { HttpEvent } from './http.ts';

export interface Authenticators {
  verifier: TokenVerifier;
  /** When given, a web session cookie is accepted too (unsafe methods then need `x-csrf-token`). */
  sessions?: Pick<SessionStore, 'get'>;
}

/**
 * The one place a request becomes an {@link Identity}: a bearer token, verified, or else the
 * session cookie of the web pages. No credential is 401 `unauthenticated`; an expired, tampered
 * or foreign token, an unknown session, or claims that make no usable identity are 401
 * `invalid_token`; a cookie call that changes something without the session's CSRF token is 403.
 * (On AWS the HTTP API's JWT authorizer admits bearer tokens only to `/api`.)
 */
export async function authenticate(
  event: HttpEvent,
  { verifier, sessions }: Authenticators,
): Promise<Identity> {
  const header = event.headers.authorization ?? event.headers.Authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw httpErrors.invalidToken();
    try {
      return identityFromClaims(await verifier.verify(match[1]));
    } catch (error) {
      logger.info('Refused a token', { reason: (error as Error).name });
      throw httpErrors.invalidToken();
    }
  }
  const sessionId = sessions ? readCookie(event.cookies, sessionCookie) : undefined;
  if (!sessions || !sessionId) throw httpErrors.unauthenticated();
  const session = await sessions.get(sessionId);
  if (!session) throw httpErrors.invalidToken();
  if (event.requestContext.http.method !== 'GET') {
    try {
      checkCsrf(session.csrf, event.headers['x-csrf-token']);
    } catch (error) {
      if (!(error instanceof CsrfError)) throw error;
      throw new HttpError(403, 'csrf_token_mismatch', {
        id: 'Token keamanan formulir tidak cocok. Muat ulang halaman lalu coba lagi.',
        en: 'The security token does not match. Reload the page and try again.',
      });
    }
  }
  return session.identity;
}

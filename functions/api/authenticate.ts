import { type Identity, identityFromClaims } from '#functions/auth/identity.ts';
import type { TokenVerifier } from '#functions/ports/token-verifier.ts';
import { logger } from '#functions/shared/observability.ts';
import { httpErrors } from './errors.ts';
import type { HttpEvent } from './http.ts';

/**
 * The one place a request becomes an {@link Identity}: a bearer token, verified. A missing
 * token is 401 `unauthenticated`; an expired, tampered or foreign one, or one whose claims
 * make no usable identity, is 401 `invalid_token`.
 */
export async function authenticate(event: HttpEvent, verifier: TokenVerifier): Promise<Identity> {
  const header = event.headers.authorization ?? event.headers.Authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw httpErrors.unauthenticated();
  try {
    return identityFromClaims(await verifier.verify(match[1]));
  } catch (error) {
    logger.info('Refused a token', { reason: (error as Error).name });
    throw httpErrors.invalidToken();
  }
}

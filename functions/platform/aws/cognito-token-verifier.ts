import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';

/** Verifies Cognito ID tokens of one user pool and app client (JWKS fetched once, then cached). */
export function createCognitoTokenVerifier(userPoolId: string, clientId: string): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  return { verify: async (token) => (await verifier.verify(token)) as Record<string, unknown> };
}

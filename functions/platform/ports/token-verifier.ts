/**
 * Verifies a bearer token (signature, expiry, issuer, audience) and returns its claims.
 * Throws on any invalid token. Cognito on AWS; a local signer's key in the embedded runtime.
 */
export interface TokenVerifier {
  verify(token: string): Promise<Record<string, unknown>>;
}

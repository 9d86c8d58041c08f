import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a token was refused: not signed with this key (or not a token at all), or past its expiry. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
  constructor(readonly reason: 'invalid' | 'expired') {
    super(reason === 'invalid' ? 'The token is not valid' : 'The token has expired');
  }
}

/** Issues and reads tokens of one kind of claims, which say until when they hold. */
export interface SignedTokens<Claims extends { expiresAt: string }> {
  issue(claims: Claims): string;
  /** The claims of a token this key signed, unexpired at `now`; throws {@link TokenRefusedError} otherwise. */
  read(token: string, now: Date): Claims;
}

/**
 * Tokens of the embedded runtime's own links: the claims as JSON in base64url, a dot, then their
 * HMAC-SHA256 under `key`, so a browser can carry them but not change them. Give each kind of token
 * its own key (see {@link purposeKey}), so that a token of one kind is never read as another.
 */
export function signedTokens<Claims extends { expiresAt: string }>(
  key: string | Buffer,
): SignedTokens<Claims> {
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    issue(claims) {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    read(token, now) {
      const [body = '', mac = '', extra] = token.split('.');
      const [expected, given] = [Buffer.from(sign(body)), Buffer.from(mac)];
      const signed = given.length === expected.length && timingSafeEqual(given, expected);
      if (!body || extra !== undefined || !signed) throw new TokenRefusedError('invalid');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
      if (now.getTime() > Date.parse(claims.expiresAt)) throw new TokenRefusedError('expired');
      return claims;
    },
  };
}

/** A key for one kind of token, derived from the process's secret and the kind's name. */
export const purposeKey = (secret: string, purpose: string): Buffer =>
  createHmac('sha256', secret).update(`siklus:${purpose}`).digest();

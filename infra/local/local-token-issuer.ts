import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { JwtVerifier } from 'aws-jwt-verify';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';

export const localIssuer = 'https://siklus.local/issuer';
export const localAudience = 'siklus-local';

export interface LocalTokenIssuer {
  /** Signs an ID token like Cognito's for the embedded runtime; `ttlSeconds` defaults to an hour. */
  issue(claims: Record<string, unknown>, ttlSeconds?: number): string;
  /** The verifier for these tokens: aws-jwt-verify with this key's JWKS, as on AWS. */
  verifier: TokenVerifier;
}

/**
 * The embedded runtime's token signer: an ES256 key kept in `keyFile` (under `.siklus/`), so
 * that the engine and the CLI sign and verify with the same key. Exists only locally.
 */
export function localTokenIssuer(keyFile: string, clock: Clock): LocalTokenIssuer {
  const { privateKey, kid } = loadOrCreateKey(keyFile);
  const jwk = { ...createPublicKey(privateKey).export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };
  const jwtVerifier = JwtVerifier.create({
    issuer: localIssuer,
    audience: localAudience,
    jwksUri: `${localIssuer}/jwks.json`,
  });
  jwtVerifier.cacheJwks({ keys: [jwk as never] });
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  return {
    issue: (claims, ttlSeconds = 3600) => {
      const now = Math.floor(clock.now().getTime() / 1000);
      const header = encode({ alg: 'ES256', typ: 'JWT', kid });
      const payload = encode({
        iss: localIssuer,
        aud: localAudience,
        token_use: 'id',
        iat: now,
        exp: now + ttlSeconds,
        jti: randomUUID(),
        ...claims,
      });
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), {
        key: privateKey,
        dsaEncoding: 'ieee-p1363',
      });
      return `${header}.${payload}.${signature.toString('base64url')}`;
    },
    verifier: { verify: async (token) => (await jwtVerifier.verify(token)) as Record<string, unknown> },
  };
}

function loadOrCreateKey(keyFile: string) {
  if (!existsSync(keyFile)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    mkdirSync(dirname(keyFile), { recursive: true });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    writeFileSync(keyFile, JSON.stringify({ kid: randomUUID(), pem }), { mode: 0o600, flag: 'wx' });
  }
  const stored = JSON.parse(readFileSync(keyFile, 'utf8')) as { kid: string; pem: string };
  return { privateKey: createPrivateKey(stored.pem), kid: stored.kid };
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import type { Clock } from '#functions/ports/clock.ts';
import type { SecretStore } from '#functions/ports/secrets.ts';

/** The secret that holds the link keys: `{ "current": "<kid>", "<kid>": "<key>", ... }`. */
export const linkKeysSecret = 'link-keys';

const linkKeys = z.looseObject({ current: z.string().check(z.minLength(1)) });

/** What a link opens: one person's view of one OPD, and optionally one obligation. No personal data. */
export const linkPayload = z.strictObject({
  city: z.string(),
  opd: z.string(),
  person: z.string(),
  obligation: z.optional(z.string()),
  /** Where to land after opening, a path on this site. */
  next: z.string().check(z.regex(/^\/[^/\\]/)),
  /** Expiry, epoch seconds. */
  exp: z.number(),
  kid: z.string(),
});
export type LinkPayload = z.infer<typeof linkPayload>;

export type LinkCheck =
  | { status: 'valid'; payload: LinkPayload }
  | { status: 'expired'; payload: LinkPayload }
  | { status: 'invalid' };

/**
 * Signed, expiring links for emails. HMAC-SHA256 with the key named by the link's key id, so
 * keys rotate: a new key becomes `current` and old links still open until they expire.
 * Opening a link never uses it up (mail scanners open links before people do).
 */
export function createLinkSigner(secrets: SecretStore, clock: Clock) {
  const keys = async () => {
    const parsed = linkKeys.parse(JSON.parse(await secrets.get(linkKeysSecret)));
    return parsed as { current: string } & Record<string, unknown>;
  };
  const mac = (key: string, body: string) =>
    createHmac('sha256', Buffer.from(key, 'base64url')).update(body).digest();

  return {
    async sign(payload: Omit<LinkPayload, 'exp' | 'kid'>, ttlSeconds: number): Promise<string> {
      const all = await keys();
      const key = all[all.current];
      if (typeof key !== 'string') throw new Error(`Link key ${all.current} is missing`);
      const body = Buffer.from(
        JSON.stringify({
          ...payload,
          exp: Math.floor(clock.now().getTime() / 1000) + ttlSeconds,
          kid: all.current,
        }),
      ).toString('base64url');
      return `${body}.${mac(key, body).toString('base64url')}`;
    },

    async check(token: string): Promise<LinkCheck> {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return { status: 'invalid' };
      let payload: LinkPayload;
      try {
        payload = linkPayload.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
      } catch {
        return { status: 'invalid' };
      }
      const key = (await keys())[payload.kid];
      if (typeof key !== 'string') return { status: 'invalid' };
      const expected = mac(key, body);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 'invalid' };
      const now = clock.now().getTime() / 1000;
      return payload.exp > now ? { status: 'valid', payload } : { status: 'expired', payload };
    },
  };
}

export type LinkSigner = ReturnType<typeof createLinkSigner>;

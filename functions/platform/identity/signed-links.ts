import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { SecretStore } from '#functions/platform/ports/secrets.ts';
import { type LinkKeys, linkKeysSecret, parseLinkKeys } from './link-keys.ts';

/**
 * What a link is for. The purpose fixes what the session it starts may reach (see
 * `link-scope.ts`), whatever roles the person holds.
 * - `fill`: an operator's kick-off or reminder: their OPD's forms for this obligation.
 * - `escalation`: a head of OPD or the city secretary told of a missed deadline: the obligation, read-only.
 * - `review`: an evaluator told of a self-assessment to verify: the review of that obligation.
 */
export const linkPurposes = ['fill', 'escalation', 'review'] as const;
export type LinkPurpose = (typeof linkPurposes)[number];

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

/** What a link opens: one person, one purpose, one obligation. Ids only, no personal data. */
export const linkPayload = z.strictObject({
  purpose: z.enum(linkPurposes),
  city: slug,
  /** The OPD the obligation belongs to. */
  opd: slug,
  person: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)),
  obligation: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,199}$/)),
  /** Expiry, epoch seconds. */
  exp: z.number().check(z.int(), z.positive()),
  kid: z.string(),
});
export type LinkPayload = z.infer<typeof linkPayload>;
export type LinkRequest = Omit<LinkPayload, 'exp' | 'kid'>;

export type LinkCheck =
  | { status: 'valid'; payload: LinkPayload }
  | { status: 'expired'; payload: LinkPayload }
  | { status: 'invalid' };

/** The longest token accepted: far above any real link, far below anything that costs to parse. */
export const maxTokenLength = 1024;
/** An HMAC-SHA256 is 32 bytes: 43 characters of unpadded base64url, always. */
const macLength = 43;
const base64url = /^[A-Za-z0-9_-]+$/;

/** Decodes unpadded base64url only if it is the canonical spelling of its bytes (one token, one spelling). */
function canonicalBase64url(text: string): Buffer | undefined {
  if (!base64url.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest();

/**
 * Signed, expiring links for emails: `<body>.<mac>`, the body the base64url JSON payload, the MAC
 * an HMAC-SHA256 over the body with the key the payload names. Keys rotate: a new key becomes
 * current and links signed with an older one open until they expire, as long as that key is kept.
 * Opening a link never uses it up (mail scanners open links before people do). Expiry follows the
 * engine's clock, so a simulated year ages links as it ages deadlines.
 */
export function createLinkSigner(secrets: SecretStore, clock: Clock) {
  const keys = async (): Promise<LinkKeys> => parseLinkKeys(await secrets.get(linkKeysSecret));
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

  return {
    async sign(request: LinkRequest, ttlSeconds: number): Promise<string> {
      const { current, keys: all } = await keys();
      const payload = linkPayload.parse({ ...request, exp: nowSeconds() + ttlSeconds, kid: current });
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${mac(all.get(current) as Buffer, body).toString('base64url')}`;
    },

    /**
     * A keyed hash of `value` (base64url), under a key of its own for `context` derived from the
     * current link key: the same value hashes alike within one context (a rate limit's day) and
     * unlinkably across contexts, and without the link keys no one can tell what was hashed.
     */
    async keyedHash(context: string, value: string): Promise<string> {
      const { current, keys: all } = await keys();
      const derived = mac(all.get(current) as Buffer, `keyed-hash#${context}`);
      return createHmac('sha256', derived).update(value).digest('base64url');
    },

    /** Strict: one dot, canonical base64url on both sides, a MAC of the fixed length, a known key. */
    async check(token: string): Promise<LinkCheck> {
      if (token.length > maxTokenLength) return { status: 'invalid' };
      const parts = token.split('.');
      if (parts.length !== 2) return { status: 'invalid' };
      const [body = '', signature = ''] = parts;
      if (signature.length !== macLength) return { status: 'invalid' };
      const bodyBytes = canonicalBase64url(body);
      const given = canonicalBase64url(signature);
      if (!bodyBytes || !given) return { status: 'invalid' };
      let payload: LinkPayload;
      try {
        payload = linkPayload.parse(JSON.parse(bodyBytes.toString('utf8')));
      } catch {
        return { status: 'invalid' };
      }
      const key = (await keys()).keys.get(payload.kid);
      if (!key || !timingSafeEqual(given, mac(key, body))) return { status: 'invalid' };
      return payload.exp > nowSeconds() ? { status: 'valid', payload } : { status: 'expired', payload };
    },
  };
}

export type LinkSigner = ReturnType<typeof createLinkSigner>;

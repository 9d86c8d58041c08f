import * as z from 'zod/mini';

/** The secret that holds the link keys. */
export const linkKeysSecret = 'link-keys';

/** Prefix of the fields that hold keys; the pointer `current` is never one of them. */
export const linkKeyPrefix = 'key:';
/** HMAC-SHA256 keys shorter than the hash itself weaken it: refused at load. */
export const minLinkKeyBytes = 32;

const kid = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/));

/** The link keys as the signer uses them: the id of the current key, and every key by id. */
export interface LinkKeys {
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Thrown at load when the secret is not a usable set of link keys; no link is signed or opened with it. */
export class LinkKeysError extends Error {
  override readonly name = 'LinkKeysError';
}

/**
 * Reads the link-key secret: `{ "current": "k2", "key:k1": "<base64url>", "key:k2": "<base64url>" }`.
 * The pointer and the keys are separate fields, so a key id is looked up among keys only and a
 * link naming `current` (or any other field) as its key id names no key. Every key must decode
 * to at least 32 bytes, the current one must exist, and nothing else may be in the secret.
 */
export function parseLinkKeys(secret: string): LinkKeys {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch {
    throw new LinkKeysError('The link-key secret is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new LinkKeysError('The link-key secret is not an object');
  const { current, ...rest } = parsed as Record<string, unknown>;
  if (!kid.safeParse(current).success) throw new LinkKeysError('The link-key secret names no current key id');
  const keys = new Map<string, Buffer>();
  for (const [field, value] of Object.entries(rest)) {
    const id = field.startsWith(linkKeyPrefix) ? field.slice(linkKeyPrefix.length) : undefined;
    if (id === undefined || !kid.safeParse(id).success)
      throw new LinkKeysError(`The link-key secret has a field that is not a key: ${field}`);
    const key = typeof value === 'string' ? Buffer.from(value, 'base64url') : Buffer.alloc(0);
    if (key.length < minLinkKeyBytes)
      throw new LinkKeysError(`Link key ${id} is shorter than ${minLinkKeyBytes} bytes`);
    keys.set(id, key);
  }
  if (!keys.has(current as string)) throw new LinkKeysError(`The current link key ${current} is missing`);
  return { current: current as string, keys };
}

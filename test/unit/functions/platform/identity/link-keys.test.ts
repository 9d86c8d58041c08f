import { describe, expect, it } from 'vitest';
import { LinkKeysError, parseLinkKeys } from '#functions/platform/identity/link-keys.ts';

const key32 = Buffer.alloc(32, 7).toString('base64url');

describe('link keys', () => {
  it('reads the current key id and every key by id, apart from the pointer', () => {
    const keys = parseLinkKeys(JSON.stringify({ current: 'k2', 'key:k1': key32, 'key:k2': key32 }));
    expect(keys.current).toBe('k2');
    expect([...keys.keys.keys()]).toEqual(['k1', 'k2']);
    expect(keys.keys.has('current')).toBe(false);
  });

  it.each([
    ['a key shorter than 32 bytes', { current: 'k1', 'key:k1': Buffer.alloc(31).toString('base64url') }],
    ['a current key that is missing', { current: 'k2', 'key:k1': key32 }],
    ['no current key id', { 'key:k1': key32 }],
    ['the earlier shape, a key beside the pointer', { current: 'k1', k1: key32 }],
    ['a key that is not a string', { current: 'k1', 'key:k1': 42 }],
    ['a key id outside the grammar', { current: 'K 1', 'key:K 1': key32 }],
  ])('refuses at load %s', (_, secret) => {
    expect(() => parseLinkKeys(JSON.stringify(secret))).toThrow(LinkKeysError);
  });

  it.each(['not json', '[]', 'null', '"k1"'])('refuses a secret that is not an object: %s', (secret) => {
    expect(() => parseLinkKeys(secret)).toThrow(LinkKeysError);
  });
});

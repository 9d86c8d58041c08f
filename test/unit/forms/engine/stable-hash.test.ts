import { describe, expect, it } from 'vitest';
import { stableHash, stableStringify } from '#forms/engine/stable-hash.ts';

describe('stable JSON hash', () => {
  it('writes object keys in sorted order at every level', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('leaves out undefined properties, like JSON', () => {
    expect(stableStringify({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(stableStringify([undefined])).toBe('[null]');
  });

  it('hashes equal content to the same SHA-256 whatever the key order', () => {
    // Act
    const hash = stableHash({ id: 'x', version: 1 });

    // Assess
    expect(hash).toBe(stableHash({ version: 1, id: 'x' }));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(stableHash({ id: 'x', version: 2 }));
  });
});

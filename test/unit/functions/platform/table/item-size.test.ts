import { describe, expect, it } from 'vitest';
import { itemBytes, maxItemBytes } from '#functions/platform/table/item-size.ts';

describe('itemBytes', () => {
  it.each([
    ['a string, by its UTF-8 length', { name: 'abc' }, 4 + 3],
    ['a string of two-byte letters', { é: 'éé' }, 2 + 4],
    ['a number, a byte per two digits and one', { n: 12345 }, 1 + 4],
    ['a decimal number, its digits without the point', { n: 22.5 }, 1 + 3],
    ['a boolean and a null, one byte each', { a: true, b: null }, 2 + 2],
    ['a list, 3 bytes and 1 per element', { l: ['x', 'yy'] }, 1 + 3 + 2 + 3],
    ['a map, 3 bytes and 1 per element and the names inside', { m: { b: 'x' } }, 1 + 3 + 1 + 1 + 1],
    ['undefined values, left out as the client leaves them', { a: undefined, m: { b: undefined } }, 1 + 3],
  ])('counts %s', (_, item, bytes) => {
    expect(itemBytes(item)).toBe(bytes);
  });

  it('counts a long text near the limit exactly, so that one byte more is beyond it', () => {
    // Prepare
    const text = 'x'.repeat(maxItemBytes - 'text'.length);

    // Assess
    expect(itemBytes({ text })).toBe(maxItemBytes);
    expect(itemBytes({ text: `${text}x` })).toBeGreaterThan(maxItemBytes);
  });
});

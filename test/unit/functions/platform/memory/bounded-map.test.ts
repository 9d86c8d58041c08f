import { describe, expect, it } from 'vitest';
import { BoundedMap } from '#functions/platform/memory/bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps at most its limit, forgetting the oldest entry first', () => {
    const kept = new BoundedMap<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('c', 3);
    expect([kept.has('a'), kept.get('b'), kept.get('c'), kept.size]).toEqual([false, 2, 3, 2]);
  });

  it('replaces a kept key in place, forgetting nothing', () => {
    const kept = new BoundedMap<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('a', 10);
    expect([kept.get('a'), kept.get('b'), kept.size]).toEqual([10, 2, 2]);
  });

  it('tells a key kept with undefined from a key never kept', () => {
    const kept = new BoundedMap<number | undefined>(4);
    kept.set('none', undefined);
    expect([kept.has('none'), kept.has('other'), kept.get('none')]).toEqual([true, false, undefined]);
  });
});

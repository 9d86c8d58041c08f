import { describe, expect, it } from 'vitest';
import { evaluateComputed, formatComputed } from '#forms/render/computed-script.ts';

describe('the live computed values of a form', () => {
  const answered: Record<string, number[]> = { a: [3], b: [4], c: [] };
  const numbers = (field: string) => answered[field] ?? [];

  it('averages and sums the numbers answered, leaving out what is not answered, as the engine does', () => {
    expect(evaluateComputed({ kind: 'average', fields: ['a', 'b', 'c'] }, numbers)).toBe(3.5);
    // A field named twice weighs twice (the self-assessment's weighted averages).
    expect(evaluateComputed({ kind: 'average', fields: ['a', 'a', 'b'] }, numbers)).toBeCloseTo(10 / 3);
    expect(evaluateComputed({ kind: 'sum', fields: ['a', 'b', 'c'] }, numbers)).toBe(7);
    expect(evaluateComputed({ kind: 'sum', fields: ['c'] }, numbers)).toBe(0);
    expect(evaluateComputed({ kind: 'average', fields: ['c'] }, numbers)).toBeNull();
    expect(evaluateComputed({ kind: 'count', field: 'a' }, numbers)).toBeNull();
  });

  it('writes a value with two decimals as each language does, and a dash for none', () => {
    expect(formatComputed(3.456, 'id')).toBe('3,46');
    expect(formatComputed(3.456, 'en')).toBe('3.46');
    expect(formatComputed(3, 'id')).toBe('3,00');
    expect(formatComputed(null, 'en')).toBe('–');
  });
});

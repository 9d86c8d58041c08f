import { describe, expect, it } from 'vitest';
import type { ComputedValue } from '#forms/engine/definition.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';

const computed: ComputedValue[] = [
  { id: 'total', label: label('total'), compute: { kind: 'sum', fields: ['budget', 'items.cost'] } },
  { id: 'itemCount', label: label('item count'), compute: { kind: 'count', field: 'items' } },
  { id: 'tagCount', label: label('tag count'), compute: { kind: 'count', field: 'tags' } },
  {
    id: 'averageRating',
    label: label('average rating'),
    compute: { kind: 'average', fields: ['speed', 'ease'] },
  },
];

const form = makeDefinition(
  [
    { id: 'budget', type: 'number', min: 0, max: 1e9, label: label('budget') },
    {
      id: 'items',
      type: 'group',
      maxItems: 10,
      label: label('items'),
      fields: [{ id: 'cost', type: 'number', min: 0, max: 1e9, label: label('cost') }],
    },
    {
      id: 'tags',
      type: 'multipleChoice',
      options: ['a', 'b', 'c'].map((value) => ({ value, label: label(value) })),
      label: label('tags'),
    },
    {
      id: 'speed',
      type: 'likert',
      anchors: { low: label('slow'), high: label('fast') },
      label: label('speed'),
    },
    {
      id: 'ease',
      type: 'likert',
      anchors: { low: label('hard'), high: label('easy') },
      label: label('ease'),
    },
  ],
  { computed },
);

describe('computed values', () => {
  it('sums fields, including one field across every group item', () => {
    // Act
    const result = validateAnswers(form, { budget: 100, items: [{ cost: 20 }, { cost: 5.5 }, {}] });

    // Assess
    expect(result.ok && result.computed.total).toBe(125.5);
  });

  it('counts group items and selections', () => {
    const result = validateAnswers(form, { items: [{}, {}, {}], tags: ['a', 'c'] });
    expect(result.ok && result.computed).toMatchObject({ itemCount: 3, tagCount: 2 });
  });

  it('averages the answered fields only', () => {
    expect(validateAnswers(form, { speed: 4, ease: 1 })).toMatchObject({
      ok: true,
      computed: { averageRating: 2.5 },
    });
    expect(validateAnswers(form, { speed: 4 })).toMatchObject({ ok: true, computed: { averageRating: 4 } });
  });

  it('gives 0 for a sum or count of nothing and null for an average of nothing', () => {
    expect(validateAnswers(form, {})).toEqual({
      ok: true,
      value: {},
      computed: { total: 0, itemCount: 0, tagCount: 0, averageRating: null },
      score: undefined,
    });
  });

  it('computes nothing when the answers are invalid', () => {
    expect(validateAnswers(form, { budget: -1 })).not.toHaveProperty('computed');
  });
});

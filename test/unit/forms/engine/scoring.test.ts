import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { createScorerRegistry, type Scorer, UnknownScorerError } from '#forms/engine/scoring.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';

const level = (n: number) => ({ description: label(`level ${n}`), evidence: label(`evidence ${n}`) });
const maturity = (id: string, extra: Partial<Field> = {}): Field =>
  ({
    id,
    type: 'maturityLevel',
    levels: [level(1), level(2), level(3), level(4), level(5)],
    label: label(id),
    ...extra,
  }) as Field;

function scoredForm(weights?: Record<string, number>): FormDefinition {
  return makeDefinition([maturity('policy'), maturity('apps'), maturity('data')], {
    scoring: { kind: 'maturity-average', ...(weights === undefined ? {} : { weights }) },
  });
}

describe('maturity-average scoring', () => {
  it('averages the maturity levels on a 1-5 scale', () => {
    // Act
    const result = validateAnswers(scoredForm(), { policy: 2, apps: 3, data: 4 });

    // Assess
    expect(result.ok && result.score).toEqual({
      score: 3,
      max: 5,
      parts: [
        { field: 'policy', value: 2, weight: 1 },
        { field: 'apps', value: 3, weight: 1 },
        { field: 'data', value: 4, weight: 1 },
      ],
    });
  });

  it('weights each field', () => {
    const result = validateAnswers(scoredForm({ policy: 3, apps: 1, data: 0 }), {
      policy: 4,
      apps: 2,
      data: 5,
    });
    expect(result.ok && result.score).toMatchObject({
      score: 3.5,
      parts: [{ field: 'policy' }, { field: 'apps' }],
    });
  });

  it('leaves unanswered fields out of the average', () => {
    expect(validateAnswers(scoredForm(), { apps: 5, data: 2 })).toMatchObject({ score: { score: 3.5 } });
  });

  it('scores 0 when no maturity field is answered', () => {
    expect(validateAnswers(scoredForm(), {})).toMatchObject({ score: { score: 0, max: 5, parts: [] } });
  });

  it('gives no score to a form without scoring', () => {
    expect(validateAnswers(makeDefinition([maturity('policy')]), { policy: 3 })).toMatchObject({
      ok: true,
      score: undefined,
    });
  });

  it('gives no score to invalid answers', () => {
    expect(validateAnswers(scoredForm(), { policy: 9 })).not.toHaveProperty('score');
  });
});

describe('scorer registry', () => {
  it('runs a scorer added to a registry', () => {
    // Prepare
    const highest: Scorer = () => (answers) => ({
      score: Math.max(...Object.values(answers).map(Number)),
      max: 5,
      parts: [],
    });
    const scorers = createScorerRegistry({ highest });
    const form = makeDefinition([maturity('policy'), maturity('apps')], { scoring: { kind: 'highest' } });

    // Act
    const result = validateAnswers(form, { policy: 2, apps: 4 }, scorers);

    // Assess
    expect(result).toMatchObject({ ok: true, score: { score: 4 } });
    expect(scorers.has('maturity-average')).toBe(true);
  });

  it('throws when a form names a scorer the registry does not hold', () => {
    const form = makeDefinition([maturity('policy')], { scoring: { kind: 'no-such-scorer' } });
    expect(() => validateAnswers(form, { policy: 1 })).toThrow(UnknownScorerError);
  });
});

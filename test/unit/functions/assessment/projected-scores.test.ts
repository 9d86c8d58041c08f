import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '#forms/engine/validate.ts';
import { smartCityInstrument2026 as instrument } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import { selfAssessmentForm } from '#forms/instrument/self-assessment-form.ts';
import { projectedScoreId } from '#forms/instrument/self-assessment-projection.ts';
import { projectedScores } from '#functions/assessment/projected-scores.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { makeIndicator, makeInstrument } from '#test/unit/forms/instrument/builders.ts';
import { makeSelfAssessmentAnswers } from '#test/unit/forms/instrument/self-assessment-answers.ts';

/**
 * Inspektorat's claims, chosen so that the plain mean of the governance levels (3) differs from
 * the rollup's: public services (2 × 1 + 5 × 2) / 3 = 4, bureaucracy (3 + 4) / 2 = 3.5, public
 * policy 1, so governance (4 + 3.5 + 1) / 3 = 17/6.
 */
const claims = {
  'gov-ps-01': 2, // baseline, weight 1
  'gov-ps-02': 5, // outcome, weight 2
  'gov-br-01': 3, // baseline
  'gov-br-02': 4, // output
  'gov-pp-02': 1, // quick-win
  'soc-cm-02': 3, // impact
  'env-en-01': 4, // baseline
};

function submit(opd: string, levels: Record<string, number>) {
  const form = selfAssessmentForm(instrument, opd);
  const result = form && validateAnswers(form, makeSelfAssessmentAnswers(instrument, opd, levels));
  if (!result?.ok) throw new Error(`answers of ${opd} do not validate`);
  return result;
}

describe('projectedScores', () => {
  it('rolls the claimed levels up to dimensions, aspects, index and band', () => {
    // Act
    const scores = projectedScores(instrument, 'inspektorat', submit('inspektorat', claims).value);

    // Assess
    expect(scores.subDimensions).toEqual({
      'governance.public-services': 4,
      'governance.bureaucracy': 3.5,
      'governance.public-policy': 1,
      'society.community': 3,
      'environment.energy': 4,
    });
    expect(scores.dimensions).toEqual({ governance: 17 / 6, society: 3, environment: 4 });
    // Baseline (2 + 3 + 4) / 3 = 3, output 4, outcome 5, impact 3, quick win 1.
    expect(scores.aspects).toEqual({ baseline: 3, output: 4, outcome: 5, impact: 3, 'quick-win': 1 });
    // (10 × 3 + 20 × 4 + 30 × 5 + 30 × 3 + 10 × 1) / 100
    expect(scores.index).toBeCloseTo(3.6, 12);
    expect(scores.band?.id).toBe('sangat-baik');
  });

  it('equals the computed values of the submission, which the plain mean would not', () => {
    // Act
    const result = submit('inspektorat', claims);

    // Assess
    expect(result.computed).toEqual({
      projectedGovernance: expect.closeTo(17 / 6, 12),
      projectedSociety: 3,
      projectedEnvironment: 4,
    });
    const scores = projectedScores(instrument, 'inspektorat', result.value);
    for (const [dimension, score] of Object.entries(scores.dimensions))
      expect(result.computed[projectedScoreId(dimension)]).toBeCloseTo(score, 12);
  });

  it('equals the computed values for every demo OPD and any complete claims', () => {
    const opd = fc.constantFrom(...demoOpds.map((o) => o.id));
    const level = fc.integer({ min: 1, max: 5 });
    const ids = instrument.indicators.map((i) => i.id);
    const levels = fc.dictionary(fc.constantFrom(...ids), level);
    fc.assert(
      fc.property(opd, levels, (id, chosen) => {
        const result = submit(id, chosen);
        const { dimensions } = projectedScores(instrument, id, result.value);
        expect(Object.keys(result.computed)).toEqual(Object.keys(dimensions).map(projectedScoreId));
        for (const [dimension, score] of Object.entries(dimensions))
          expect(result.computed[projectedScoreId(dimension)]).toBeCloseTo(score, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves unanswered and invalid levels out of a draft rather than counting them as 0', () => {
    // Prepare: public services has only level 5 (weight 2), bureaucracy only level 3.
    const draft = { govPs02Level: 5, govBr01Level: 3, govBr02Level: 7, socCm02Level: '4', envEn01Level: 2.5 };

    // Act
    const scores = projectedScores(instrument, 'inspektorat', draft);

    // Assess
    expect(scores.indicators).toEqual({ 'gov-ps-02': 5, 'gov-br-01': 3 });
    expect(scores.dimensions).toEqual({ governance: 4 });
    // Baseline 3 (weight 10), outcome 5 (weight 30).
    expect(scores.index).toBe(4.5);
    expect(scores.band?.id).toBe('memuaskan');
  });

  it('ignores levels of indicators the OPD does not assess', () => {
    // Act: Smart City regulation is for Bappeda and Diskominfo only.
    const scores = projectedScores(instrument, 'inspektorat', { govPp01Level: 5 });

    // Assess
    expect(scores).toEqual({ indicators: {}, subDimensions: {}, dimensions: {}, aspects: {} });
    expect(projectedScores(instrument, 'diskominfo', { govPp01Level: 5 }).dimensions).toEqual({
      governance: 5,
    });
  });

  it('gives empty scores, no index and no band to an OPD that assesses nothing', () => {
    // Prepare
    const named = makeInstrument({
      indicators: [makeIndicator({ responsible: { opds: ['dinas-sosial'] } })],
    });

    // Act
    const scores = projectedScores(named, 'inspektorat', { govPs01Level: 4 });

    // Assess
    expect(responsibleIndicators(named, 'inspektorat')).toEqual([]);
    expect(scores).toEqual({ indicators: {}, subDimensions: {}, dimensions: {}, aspects: {} });
  });
});

import { describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { dimensionOf } from '#forms/smart-city-dimensions.ts';
import { makeAnswers, without } from './builders.ts';
import { errorCodes } from './every-field-form.ts';

const validate = (answers: unknown) => validateAnswers(innovationReportForm, answers);

describe('innovation-report form', () => {
  it('accepts a live application with its evidence, and scores its maturity', () => {
    // Act
    const result = validate(makeAnswers());

    // Assess
    expect(result).toEqual({
      ok: true,
      value: makeAnswers(),
      computed: { evidenceLinkCount: 1 },
      score: { score: 3, max: 5, parts: [{ field: 'maturity', value: 3, weight: 1 }] },
    });
  });

  it('requires the innovation name, in both languages', () => {
    expect(validate(without(makeAnswers(), 'name'))).toEqual({
      ok: false,
      errors: [
        {
          path: 'name',
          code: 'required',
          message: { id: 'Nama inovasi wajib diisi.', en: 'Innovation name is required.' },
        },
      ],
    });
  });

  it('encodes the dimension and sub-dimension as one choice', () => {
    expect(validate(makeAnswers({ subDimension: 'environment.waste' })).ok).toBe(true);
    expect(dimensionOf('environment.waste')).toBe('environment');
    expect(errorCodes(validate(makeAnswers({ subDimension: 'environment' })))).toEqual([
      'subDimension:invalid_choice',
    ]);
    expect(errorCodes(validate(makeAnswers({ subDimension: 'waste.environment' })))).toEqual([
      'subDimension:invalid_choice',
    ]);
  });

  it('accepts a planned innovation without launch date, reach or application address', () => {
    // Prepare
    const planned = without(
      makeAnswers({ status: 'planned', type: 'service' }),
      'launchDate',
      'peopleReached',
      'applicationUrl',
    );

    // Act, Assess
    expect(errorCodes(validate(planned))).toEqual([]);
  });

  it('asks for the people reached only once the innovation is piloting or live', () => {
    expect(errorCodes(validate(makeAnswers({ status: 'planned' })))).toEqual(['peopleReached:not_visible']);
    expect(errorCodes(validate(without(makeAnswers({ status: 'piloting' }), 'peopleReached')))).toEqual([
      'peopleReached:required',
    ]);
  });

  it('requires the launch date of a launched innovation', () => {
    expect(errorCodes(validate(without(makeAnswers({ status: 'piloting' }), 'launchDate')))).toEqual([
      'launchDate:required',
    ]);
  });

  it('requires the address of an application only', () => {
    expect(errorCodes(validate(makeAnswers({ applicationUrl: '' })))).toEqual(['applicationUrl:required']);
    expect(errorCodes(validate(makeAnswers({ type: 'process', applicationUrl: '' })))).toEqual([]);
  });

  it('accepts a plain http application address', () => {
    expect(validate(makeAnswers({ applicationUrl: 'http://e-yankel.jambikota.go.id' })).ok).toBe(true);
  });

  it('requires evidence: a document or at least one link', () => {
    expect(validate(makeAnswers({ evidenceLinks: [] })).ok).toBe(true);
    expect(validate(without(makeAnswers(), 'evidenceDocument')).ok).toBe(true);
    expect(errorCodes(validate(makeAnswers({ evidenceDocument: null, evidenceLinks: [] })))).toEqual([
      'evidenceDocument:required',
    ]);
  });

  it('counts the evidence links', () => {
    // Prepare
    const links = ['a', 'b', 'c'].map((n) => ({ title: `Berita ${n}`, url: `https://jambikota.go.id/${n}` }));

    // Act, Assess
    expect(validate(makeAnswers({ evidenceLinks: links }))).toMatchObject({
      ok: true,
      computed: { evidenceLinkCount: 3 },
    });
  });

  it('refuses people reached below zero', () => {
    expect(errorCodes(validate(makeAnswers({ peopleReached: -1 })))).toEqual(['peopleReached:out_of_range']);
  });

  it('is published in the catalog as version 1', () => {
    expect(formCatalog.versions('innovation-report')).toEqual([1]);
    expect(formCatalog.latest('innovation-report')).toEqual(innovationReportForm);
    expect(Object.isFrozen(formCatalog.get('innovation-report', 1))).toBe(true);
  });
});

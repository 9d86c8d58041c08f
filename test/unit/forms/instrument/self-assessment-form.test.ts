import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { createFormRegistry, FormVersionConflictError } from '#forms/engine/registry.ts';
import { formFields } from '#forms/engine/rules.ts';
import { stableHash } from '#forms/engine/stable-hash.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { smartCityInstrument2026 as instrument } from '#forms/instrument/kota-jambi-2026.ts';
import {
  SelfAssessmentFieldIdError,
  selfAssessmentFieldMap,
} from '#forms/instrument/self-assessment-fields.ts';
import { selfAssessmentForm } from '#forms/instrument/self-assessment-form.ts';
import { renderForm } from '#forms/render/render-form.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { makeFileRef, without } from '../builders.ts';
import { errorCodes } from '../every-field-form.ts';
import { makeIndicator, makeInstrument } from './builders.ts';
import { makeSelfAssessmentAnswers } from './self-assessment-answers.ts';

/** The indicators every OPD of the demo instrument assesses. */
const everyOpd = ['gov-ps-01', 'gov-ps-02', 'gov-br-01', 'gov-br-02', 'gov-pp-02', 'soc-cm-02', 'env-en-01'];

function formOf(opd: string): FormDefinition {
  const form = selfAssessmentForm(instrument, opd);
  if (form === undefined) throw new Error(`no form for ${opd}`);
  return form;
}

/** The indicator of each level field, in form order. */
function indicatorsOf(form: FormDefinition, opd: string): string[] {
  const map = selfAssessmentFieldMap(instrument, opd);
  return formFields(form)
    .filter((f) => f.type === 'maturityLevel')
    .map((f) => map.get(f.id)?.indicator ?? `? ${f.id}`);
}

const inspektorat = formOf('inspektorat');
const validate = (answers: unknown) => validateAnswers(inspektorat, answers);
const complete = (levels: Record<string, number> = {}) =>
  makeSelfAssessmentAnswers(instrument, 'inspektorat', levels);

describe('selfAssessmentForm', () => {
  it('asks an OPD with named indicators exactly its indicators, by dimension', () => {
    // Act
    const form = formOf('diskominfo');

    // Assess
    expect(form.sections.map((s) => s.id)).toEqual(['governance', 'branding', 'society', 'environment']);
    expect(indicatorsOf(form, 'diskominfo')).toEqual([
      'gov-ps-01',
      'gov-ps-02',
      'gov-br-01',
      'gov-br-02',
      'gov-pp-01',
      'gov-pp-02',
      'brd-ca-01',
      'soc-cm-01',
      'soc-cm-02',
      'soc-sc-01',
      'env-en-01',
    ]);
  });

  it('asks an OPD named nowhere only the indicators of every OPD', () => {
    expect(inspektorat.sections.map((s) => s.id)).toEqual(['governance', 'society', 'environment']);
    expect(indicatorsOf(inspektorat, 'inspektorat')).toEqual(everyOpd);
  });

  it('gives each indicator a level, a justification, a file and a link, named after its id', () => {
    // Act
    const governance = inspektorat.sections[0]?.fields ?? [];

    // Assess
    expect(governance.slice(0, 4).map((f) => [f.id, f.type])).toEqual([
      ['govPs01Level', 'maturityLevel'],
      ['govPs01Justification', 'longText'],
      ['govPs01EvidenceFile', 'evidenceFile'],
      ['govPs01EvidenceLink', 'url'],
    ]);
    const level = governance[0];
    const source = instrument.indicators[0];
    expect(level?.type === 'maturityLevel' && level.levels).toEqual(source?.levels);
    expect(level?.help).toEqual(source?.question);
    expect(level?.label).toEqual({
      id: 'Standar pelayanan dan SOP layanan daring: tingkat yang diklaim',
      en: 'Service standards and procedures for online services: claimed level',
    });
  });

  it('renders each level with the evidence asked at it, in the language of the page', () => {
    // Prepare
    const levels = instrument.indicators[0]?.levels ?? [];
    const render = (lang: 'id' | 'en') =>
      renderForm(inspektorat, { lang, answers: {}, action: '/forms/self-assessment', csrfToken: 't' });

    // Act
    const [id, en] = [render('id'), render('en')];

    // Assess
    for (const level of levels) {
      expect(id).toContain(`Bukti yang diminta: ${level.evidence.id}`);
      expect(en).toContain(`Evidence asked: ${level.evidence.en}`);
    }
    expect(id).toContain('name="govPs01EvidenceLink"');
  });

  it('maps every field back to its indicator and part, and no other', () => {
    // Act
    const map = selfAssessmentFieldMap(instrument, 'inspektorat');

    // Assess
    expect([...map.keys()]).toEqual(formFields(inspektorat).map((f) => f.id));
    expect(map.get('govPs01Level')).toEqual({ indicator: 'gov-ps-01', part: 'level' });
    expect(map.get('envEn01EvidenceLink')).toEqual({ indicator: 'env-en-01', part: 'evidenceLink' });
    expect(map.get('govPp01Level')).toBeUndefined();
  });

  it('passes the definition check unchanged for every OPD of the demo city', () => {
    for (const { id } of demoOpds) {
      const form = formOf(id);
      expect(checkFormDefinition(form), id).toEqual(form);
    }
  });

  it('gives no form to an OPD that assesses no indicator', () => {
    // Prepare
    const named = makeInstrument({
      indicators: [makeIndicator({ responsible: { opds: ['dinas-sosial'] } })],
    });

    // Act, Assess
    expect(selfAssessmentForm(named, 'inspektorat')).toBeUndefined();
    expect(selfAssessmentFieldMap(named, 'inspektorat').size).toBe(0);
    expect(selfAssessmentForm(named, 'dinas-sosial')?.sections).toHaveLength(1);
  });

  it('refuses indicator ids that would share a field name', () => {
    // Prepare
    const clash = makeInstrument({
      indicators: [makeIndicator({ id: 'gov-ps1' }), makeIndicator({ id: 'gov-ps-1' })],
    });

    // Act, Assess
    expect(() => selfAssessmentForm(clash, 'inspektorat')).toThrow(SelfAssessmentFieldIdError);
  });

  it('builds the same definition from the same instrument, with the same hash', () => {
    // Act
    const again = selfAssessmentForm(structuredClone(instrument), 'inspektorat');

    // Assess
    expect(again).toEqual(inspektorat);
    expect(stableHash(again)).toBe(stableHash(inspektorat));
    expect(stableHash(formOf('diskominfo'))).not.toBe(stableHash(inspektorat));
  });

  it('takes its version from the instrument version', () => {
    // Prepare
    const v1 = makeInstrument();
    const v2 = makeInstrument({ version: 2, previousVersion: 1 });

    // Act
    const [first, second] = [selfAssessmentForm(v1, 'inspektorat'), selfAssessmentForm(v2, 'inspektorat')];

    // Assess
    expect([first?.id, first?.version, second?.id, second?.version]).toEqual([
      'self-assessment',
      1,
      'self-assessment',
      2,
    ]);
    expect(stableHash(first)).not.toBe(stableHash(second));
    expect(inspektorat.version).toBe(instrument.version);
  });

  it('cannot publish two OPDs under one version in a form registry', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    registry.publish(inspektorat);

    // Act, Assess
    expect(() => registry.publish(formOf('diskominfo'))).toThrow(FormVersionConflictError);
  });
});

describe('self-assessment validation', () => {
  it('accepts level 1 without evidence', () => {
    expect(errorCodes(validate(complete()))).toEqual([]);
  });

  it('refuses level 3 without evidence, naming both evidence fields in both languages', () => {
    // Prepare
    const answers = without(complete({ 'gov-ps-01': 3 }), 'govPs01EvidenceLink');

    // Act
    const result = validate(answers);

    // Assess
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'govPs01EvidenceFile',
          code: 'required',
          message: {
            id: 'Standar pelayanan dan SOP layanan daring: dokumen bukti wajib diisi.',
            en: 'Service standards and procedures for online services: evidence document is required.',
          },
        },
        {
          path: 'govPs01EvidenceLink',
          code: 'required',
          message: {
            id: 'Standar pelayanan dan SOP layanan daring: tautan bukti wajib diisi.',
            en: 'Service standards and procedures for online services: evidence link is required.',
          },
        },
      ],
    });
  });

  it('asks for evidence from level 2 up, at every level', () => {
    // Act
    const codes = [2, 3, 4, 5].map((level) =>
      errorCodes(validate(without(complete({ 'soc-cm-02': level }), 'socCm02EvidenceLink'))),
    );

    // Assess
    for (const c of codes)
      expect(c).toEqual(['socCm02EvidenceFile:required', 'socCm02EvidenceLink:required']);
  });

  it('accepts level 3 with a file alone, or a link alone', () => {
    // Prepare
    const linked = complete({ 'gov-ps-01': 3 });
    const filed = { ...without(linked, 'govPs01EvidenceLink'), govPs01EvidenceFile: makeFileRef() };

    // Act, Assess
    expect(errorCodes(validate(linked))).toEqual([]);
    expect(errorCodes(validate(filed))).toEqual([]);
  });

  it('refuses a level outside 1 to 5', () => {
    // Act
    const results = [0, 6].map((level) => validate({ ...complete(), govPs01Level: level }));

    // Assess
    expect(results.map(errorCodes)).toEqual([['govPs01Level:out_of_range'], ['govPs01Level:out_of_range']]);
    expect(results[1]?.ok === false && results[1].errors[0]?.message).toEqual({
      id: 'Standar pelayanan dan SOP layanan daring: tingkat yang diklaim harus antara 1 dan 5.',
      en: 'Service standards and procedures for online services: claimed level must be between 1 and 5.',
    });
  });

  it('requires a justification and a level for every indicator', () => {
    expect(validate(without(complete(), 'envEn01Justification'))).toEqual({
      ok: false,
      errors: [
        {
          path: 'envEn01Justification',
          code: 'required',
          message: {
            id: 'Kebijakan hemat energi di kantor pemerintah: penjelasan wajib diisi.',
            en: 'Energy saving policy in government offices: justification is required.',
          },
        },
      ],
    });
    expect(errorCodes(validate(without(complete(), 'socCm02Level')))).toEqual(['socCm02Level:required']);
  });

  it('refuses answers to an indicator the OPD does not assess', () => {
    // Act
    const result = validate({ ...complete(), govPp01Level: 2 });

    // Assess
    expect(errorCodes(result)).toEqual(['govPp01Level:unknown_field']);
  });
});

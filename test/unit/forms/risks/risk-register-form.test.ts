import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { formFields } from '#forms/engine/rules.ts';
import { type ValidationResult, validateAnswers } from '#forms/engine/validate.ts';
import {
  maxRisks,
  mitigationTypes,
  RISK_REGISTER_FORM_ID,
  riskCategories,
  riskRegisterForm,
} from '#forms/risks/risk-register-form.ts';

const programs = [
  { submissionId: 'sub-ekinerja-2026', name: 'E-Kinerja ASN' },
  { submissionId: 'sub-sipaten-2026', name: 'Sipaten Kecamatan' },
];

const form3 = riskRegisterForm({ year: 2026, scale: 3, programs });
const form5 = riskRegisterForm({ year: 2026, scale: 5, programs });

/** `path:code` of each error, in order; empty when the answers pass. */
const errorCodes = (result: ValidationResult): string[] =>
  result.ok ? [] : result.errors.map((e) => `${e.path}:${e.code}`);

/** The fields of one risk, by id. */
function riskFields(form: FormDefinition): Map<string, Field> {
  const group = formFields(form).find((f) => f.id === 'risks');
  if (group?.type !== 'group') throw new Error('no risks group');
  return new Map(group.fields.map((f) => [f.id, f]));
}

const makeRisk = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  program: 'sub-ekinerja-2026',
  risk: 'Server aplikasi tidak dapat diakses',
  cause: 'Pusat data belum memiliki catu daya cadangan.',
  category: 'technology',
  likelihood: 2,
  impact: 3,
  mitigationType: 'structural',
  mitigation: 'Memasang UPS dan genset di ruang server.',
  owner: 'rina.marlina@jambikota.go.id',
  due: '2026-09-30',
  ...overrides,
});

const twoRisks = () => ({
  risks: [
    makeRisk(),
    makeRisk({
      program: 'sub-sipaten-2026',
      risk: 'Petugas kecamatan belum terlatih',
      category: 'operational',
      likelihood: 3,
      impact: 1,
      mitigationType: 'non-structural',
      mitigation: 'Pelatihan petugas di setiap kecamatan.',
      owner: 'budi@jambikota.go.id',
      due: '2027-03-31',
    }),
  ],
});

/** The answers with the first risk changed by `overrides`. */
const withFirst = (overrides: Record<string, unknown>) => ({
  risks: [makeRisk(overrides), makeRisk({ program: 'sub-sipaten-2026' })],
});

/** The answers with `key` left out of the first risk. */
const withoutInFirst = (key: string) => {
  const { [key]: _, ...rest } = makeRisk();
  return { risks: [rest] };
};

/** Every bilingual text the definition shows, with where it is. */
function labelsOf(form: FormDefinition): [string, { id: string; en: string }][] {
  const found: [string, { id: string; en: string }][] = [
    ['title', form.title],
    ['description', form.description],
  ];
  const walk = (fields: readonly Field[], at: string) => {
    for (const field of fields) {
      const here = `${at}${field.id}`;
      found.push([`${here}.label`, field.label]);
      if (field.help) found.push([`${here}.help`, field.help]);
      if (field.type === 'singleChoice' || field.type === 'multipleChoice')
        for (const option of field.options) found.push([`${here}.${option.value}`, option.label]);
      if (field.type === 'group') walk(field.fields, `${here}.`);
    }
  };
  for (const section of form.sections) {
    found.push([`section ${section.id}`, section.title]);
    walk(section.fields, '');
  }
  return found;
}

describe('riskRegisterForm', () => {
  it.each([
    [3, form3],
    [5, form5],
  ] as const)('passes every definition check unchanged on scale %i', (_, form) => {
    expect(checkFormDefinition(form)).toEqual(form);
  });

  it("is the risk register, versioned by the cycle's year", () => {
    expect(form3.id).toBe(RISK_REGISTER_FORM_ID);
    expect(form3.id).toBe('risk-register');
    expect(form3.version).toBe(2026);
    expect(riskRegisterForm({ year: 2027, scale: 5, programs }).version).toBe(2027);
    expect(form3.title).toEqual({
      id: 'Register Risiko Program Quick Win 2026',
      en: 'Quick-win program risk register 2026',
    });
  });

  it('offers exactly the programs given, in their order, named as given', () => {
    const program = riskFields(form3).get('program');
    expect(program?.type === 'singleChoice' && program.options).toEqual([
      { value: 'sub-ekinerja-2026', label: { id: 'E-Kinerja ASN', en: 'E-Kinerja ASN' } },
      { value: 'sub-sipaten-2026', label: { id: 'Sipaten Kecamatan', en: 'Sipaten Kecamatan' } },
    ]);
    const one = riskFields(riskRegisterForm({ year: 2026, scale: 3, programs: programs.slice(1) }));
    const only = one.get('program');
    expect(only?.type === 'singleChoice' && only.options.map((o) => o.value)).toEqual(['sub-sipaten-2026']);
  });

  it.each([3, 5] as const)('bounds likelihood and impact by whole numbers from 1 to %i', (scale) => {
    const fields = riskFields(riskRegisterForm({ year: 2026, scale, programs }));
    for (const id of ['likelihood', 'impact']) {
      const field = fields.get(id);
      expect(field?.type === 'number' && [field.min, field.max, field.integer, field.required]).toEqual([
        1,
        scale,
        true,
        true,
      ]);
      expect(field?.help).toEqual({
        id: `1 (paling rendah) sampai ${scale} (paling tinggi).`,
        en: `1 (lowest) to ${scale} (highest).`,
      });
    }
  });

  it('asks every part of a risk, in order, each required', () => {
    const fields = riskFields(form3);
    expect([...fields.keys()]).toEqual([
      'program',
      'risk',
      'cause',
      'category',
      'likelihood',
      'impact',
      'mitigationType',
      'mitigation',
      'owner',
      'due',
    ]);
    for (const field of fields.values()) expect(field.required, field.id).toBe(true);
    const group = formFields(form3)[0];
    expect(group?.type === 'group' && [group.minItems, group.maxItems]).toEqual([1, 50]);
    expect(maxRisks).toBe(50);
  });

  it('gives every text of the form in both languages, none empty', () => {
    const labels = labelsOf(form5);
    // Title, description, section, group, ten fields, four helps, options.
    expect(labels.length).toBe(
      3 + 1 + 10 + 4 + programs.length + riskCategories.length + mitigationTypes.length,
    );
    for (const [where, label] of labels) {
      expect(label.id.trim(), `${where} (id)`).not.toBe('');
      expect(label.en.trim(), `${where} (en)`).not.toBe('');
    }
  });
});

describe('risk register validation', () => {
  it.each([
    [3, form3],
    [5, form5],
  ] as const)('accepts a register of two risks on scale %i, as sent', (_, form) => {
    const answers = twoRisks();
    const result = validateAnswers(form, answers);
    expect(errorCodes(result)).toEqual([]);
    expect(result.ok && result.value).toEqual(answers);
  });

  it('accepts ratings at both ends of the scale', () => {
    expect(errorCodes(validateAnswers(form5, withFirst({ likelihood: 5, impact: 1 })))).toEqual([]);
    expect(errorCodes(validateAnswers(form3, withFirst({ likelihood: 1, impact: 3 })))).toEqual([]);
  });

  it('refuses a likelihood of 4 on scale 3, which scale 5 accepts', () => {
    const answers = withFirst({ likelihood: 4 });
    const result = validateAnswers(form3, answers);
    expect(errorCodes(result)).toEqual(['risks.0.likelihood:out_of_range']);
    expect(result.ok === false && result.errors[0]?.message).toEqual({
      id: 'Kemungkinan (Risiko ke-1) harus antara 1 dan 3.',
      en: 'Likelihood (Risk #1) must be between 1 and 3.',
    });
    expect(errorCodes(validateAnswers(form5, answers))).toEqual([]);
  });

  it('refuses an impact of 6 on scale 5', () => {
    expect(errorCodes(validateAnswers(form5, withFirst({ impact: 6 })))).toEqual([
      'risks.0.impact:out_of_range',
    ]);
  });

  it('refuses a rating of 0', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ likelihood: 0 })))).toEqual([
      'risks.0.likelihood:out_of_range',
    ]);
    expect(errorCodes(validateAnswers(form5, withFirst({ impact: 0 })))).toEqual([
      'risks.0.impact:out_of_range',
    ]);
  });

  it('refuses a rating that is not a whole number', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ likelihood: 2.5 })))).toEqual([
      'risks.0.likelihood:not_integer',
    ]);
    expect(errorCodes(validateAnswers(form3, withFirst({ impact: '2' })))).toEqual([
      'risks.0.impact:invalid_type',
    ]);
  });

  it('refuses a program that is not one of the OPD’s quick wins', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ program: 'sub-other-opd' })))).toEqual([
      'risks.0.program:invalid_choice',
    ]);
  });

  it('refuses an owner that is not an email, at the right item', () => {
    for (const owner of ['Rina Marlina', 'rina@', 'rina@jambikota', 'rina marlina@jambikota.go.id']) {
      const answers = { risks: [makeRisk(), makeRisk({ owner })] };
      expect(errorCodes(validateAnswers(form3, answers)), owner).toEqual(['risks.1.owner:invalid_format']);
    }
  });

  it('takes a due date from the start of the year to the end of the next, no other', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ due: '2026-01-01' })))).toEqual([]);
    expect(errorCodes(validateAnswers(form3, withFirst({ due: '2027-12-31' })))).toEqual([]);
    for (const due of ['2025-12-31', '2028-01-01'])
      expect(errorCodes(validateAnswers(form3, withFirst({ due }))), due).toEqual([
        'risks.0.due:out_of_range',
      ]);
    expect(errorCodes(validateAnswers(form3, withFirst({ due: '2026-02-30' })))).toEqual([
      'risks.0.due:invalid_date',
    ]);
  });

  it('refuses a register without risks', () => {
    expect(errorCodes(validateAnswers(form3, { risks: [] }))).toEqual(['risks:required']);
    expect(errorCodes(validateAnswers(form3, {}))).toEqual(['risks:required']);
  });

  it(`holds ${maxRisks} risks, not one more`, () => {
    const risks = (n: number) => ({ risks: Array.from({ length: n }, () => makeRisk()) });
    expect(errorCodes(validateAnswers(form3, risks(50)))).toEqual([]);
    expect(errorCodes(validateAnswers(form3, risks(51)))).toEqual(['risks:too_many_items']);
  });

  it('refuses a category or a type of mitigation it does not offer', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ category: 'weather' })))).toEqual([
      'risks.0.category:invalid_choice',
    ]);
    expect(errorCodes(validateAnswers(form3, withFirst({ mitigationType: 'hybrid' })))).toEqual([
      'risks.0.mitigationType:invalid_choice',
    ]);
  });

  it('requires a mitigation, blank or absent', () => {
    expect(errorCodes(validateAnswers(form3, withoutInFirst('mitigation')))).toEqual([
      'risks.0.mitigation:required',
    ]);
    expect(errorCodes(validateAnswers(form3, withFirst({ mitigation: '   ' })))).toEqual([
      'risks.0.mitigation:required',
    ]);
  });

  it('does not ask for the level, which the matrix computes', () => {
    expect(errorCodes(validateAnswers(form3, withFirst({ level: 'high' })))).toEqual([
      'risks.0.level:unknown_field',
    ]);
  });
});

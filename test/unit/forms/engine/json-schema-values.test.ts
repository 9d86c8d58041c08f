import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { schemaApproximations, toJsonSchema } from '#forms/engine/json-schema.ts';
import type { JsonSchema } from '#forms/engine/json-schema-rules.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { label, makeDefinition, makeFileRef } from '../builders.ts';
import { edgeCaseForm } from '../edge-case-form.ts';
import { everyFieldForm } from '../every-field-form.ts';
import { compileSchema, schemaAccepts } from '../json-schema-ajv.ts';

const exported = new WeakMap<Field, { form: FormDefinition; schema: JsonSchema }>();

/** Whether the engine and the exported schema accept `value` as the only answer to `field`. */
function verdicts(field: Field, value: unknown): { engine: boolean; schema: boolean } {
  let one = exported.get(field);
  if (one === undefined) {
    const form = makeDefinition([field]);
    one = { form, schema: toJsonSchema(form) };
    exported.set(field, one);
  }
  const answers = { [field.id]: value };
  return { engine: validateAnswers(one.form, answers).ok, schema: schemaAccepts(one.schema, answers) };
}

const site: Field = { id: 'site', type: 'url', label: label('site') };
const proof: Field = {
  id: 'proof',
  type: 'evidenceFile',
  accept: ['application/pdf', 'image/*'],
  maxBytes: 1000,
  label: label('proof'),
};

const code: Field = {
  id: 'code',
  type: 'shortText',
  maxLength: 9,
  pattern: '\\s*|\\d+',
  required: true,
  label: label('code'),
};
const note: Field = { id: 'note', type: 'shortText', maxLength: 3, label: label('note') };
const period: Field = {
  id: 'period',
  type: 'date',
  min: '2000-02-28',
  max: '2000-03-01',
  label: label('period'),
};

describe('JSON Schema export, as ajv reads it', () => {
  it.each([innovationReportForm, everyFieldForm, edgeCaseForm])(
    'compiles $id in strict mode with ajv-formats, and says it needs them',
    (form) => {
      // Act
      const schema = toJsonSchema(form, 'en');

      // Assess
      expect(() => compileSchema(schema)).not.toThrow();
      expect(() => new Ajv2020({ strict: true }).compile(schema)).toThrow(/unknown format "date"/);
      expect(schema.description).toContain('ajv-formats');
      for (const approximation of schemaApproximations)
        expect(schema.description).toContain(approximation.why);
    },
  );

  it.each([
    ['HTTPS://Example.go.id', 'https://example.go.id/'],
    ['https:example.go.id', 'https://example.go.id/'],
    ['https:/example.go.id/a', 'https://example.go.id/a'],
    ['https:\\\\example.go.id\\a\\b', 'https://example.go.id/a/b'],
    ['https://bücher.de/straße', 'https://xn--bcher-kva.de/stra%C3%9Fe'],
    ['https://example.go.id/a|b{c}^"<x>[y]%zz', 'https://example.go.id/a|b%7Bc%7D%5E%22%3Cx%3E[y]%zz'],
    ['https://example.go.id:00443/', 'https://example.go.id/'],
  ])('accepts %s on both sides, and the engine stores it as %s', (typed, stored) => {
    // Act
    const result = validateAnswers(makeDefinition([site]), { site: typed });

    // Assess
    expect(result).toMatchObject({ ok: true, value: { site: stored } });
    expect(verdicts(site, typed)).toEqual({ engine: true, schema: true });
    expect(verdicts(site, stored)).toEqual({ engine: true, schema: true });
  });

  it.each([
    'http://example.go.id',
    'ftp://example.go.id',
    'https://',
    'https://user@',
    'https://example.go.id:65536/',
    'https://exa mple.go.id',
    ' https://example.go.id',
    'https://example.go.id/\u0000',
    'https://a<b.id/',
    'https://[::1/',
    'example.go.id',
  ])('refuses %s on both sides', (typed) => {
    expect(verdicts(site, typed)).toEqual({ engine: false, schema: false });
  });

  it.each(['https://1.2.3.256/', 'https://a.1/', 'https://a%zz.id/'])(
    'accepts %s only in the schema, as the url-host approximation says',
    (typed) => {
      expect(verdicts(site, typed)).toEqual({ engine: false, schema: true });
      const approximation = schemaApproximations.find((a) => a.id === 'url-host');
      expect(approximation?.recognizes(typed, { field: site, scope: [site] })).toBe(true);
    },
  );

  it('accepts a content type in any case on both sides, and the engine stores it in lower case', () => {
    // Act
    const result = validateAnswers(makeDefinition([proof]), {
      proof: makeFileRef({ contentType: 'Application/PDF', size: 10 }),
    });

    // Assess
    expect(result).toMatchObject({ ok: true, value: { proof: { contentType: 'application/pdf' } } });
    expect(verdicts(proof, makeFileRef({ contentType: 'IMAGE/Png', size: 10 }))).toEqual({
      engine: true,
      schema: true,
    });
  });

  it.each(['image/', 'image/png; q=1', `image/${'x'.repeat(250)}`, 'image/p\u212Ang', 'text/plain'])(
    'refuses the content type %s on both sides',
    (contentType) => {
      expect(verdicts(proof, makeFileRef({ contentType, size: 10 }))).toEqual({
        engine: false,
        schema: false,
      });
    },
  );

  it('refuses a blank answer to an always-required text whose pattern matches blanks', () => {
    expect(verdicts(code, '   ')).toEqual({ engine: false, schema: false });
    expect(verdicts(code, '42')).toEqual({ engine: true, schema: true });
  });

  it('counts lengths in characters, an emoji as one, on both sides', () => {
    expect(verdicts(note, '😀😀😀')).toEqual({ engine: true, schema: true });
    expect(verdicts(note, '😀😀😀😀')).toEqual({ engine: false, schema: false });
  });

  it.each([
    ['2000-02-28', true],
    ['2000-02-29', true],
    ['2000-03-01', true],
    ['2000-02-27', false],
    ['2000-03-02', false],
    ['1900-02-29', false],
  ])('judges the date %s against tight bounds alike on both sides', (date, accepted) => {
    expect(verdicts(period, date)).toEqual({ engine: accepted, schema: accepted });
  });
});

import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { label, makeAnswers, makeDefinition, without } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { schemaAccepts } from '../json-schema-ajv.ts';

const schema = toJsonSchema(innovationReportForm);
const properties = schema.properties as Record<string, Record<string, unknown>>;

describe('JSON Schema export of innovation-report', () => {
  it('declares draft 2020-12 and identifies the form version', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:siklus:form:innovation-report:1',
      title: 'Laporan Inovasi OPD',
      type: 'object',
      additionalProperties: false,
    });
  });

  it('has a property for every field and requires the always-required ones', () => {
    expect(Object.keys(properties)).toEqual(Object.keys(makeAnswers()));
    expect(schema.required).toEqual(['name', 'description', 'type', 'status', 'subDimension', 'maturity']);
  });

  it('titles fields in the language asked for', () => {
    expect(properties.name?.title).toBe('Nama inovasi');
    expect((toJsonSchema(innovationReportForm, 'en').properties as typeof properties).name?.title).toBe(
      'Innovation name',
    );
  });

  it('offers the 18 sub-dimensions as labelled constants', () => {
    // Act
    const options = properties.subDimension?.oneOf as { const: string; title: string }[];

    // Assess
    expect(options).toHaveLength(18);
    expect(options[0]).toEqual({
      const: 'governance.public-services',
      title: 'Smart Governance: Pelayanan publik',
    });
  });

  it('accepts a valid submission', () => {
    expect(schemaAccepts(schema, makeAnswers())).toBe(true);
    const planned = without(
      makeAnswers({ status: 'planned', launchDate: null, evidenceLinks: [] }),
      'peopleReached',
    );
    expect(schemaAccepts(schema, planned)).toBe(true);
  });

  it.each([
    ['a missing required answer', without(makeAnswers(), 'name')],
    ['a blank required answer', makeAnswers({ description: '   ' })],
    ['an unknown key', makeAnswers({ budget: 1 })],
    ['a value that is not an option', makeAnswers({ type: 'website' })],
    ['an answer to a hidden field', makeAnswers({ status: 'planned' })],
    ['a conditionally required answer left out', without(makeAnswers(), 'launchDate')],
    ['no evidence at all', makeAnswers({ evidenceDocument: null, evidenceLinks: [] })],
    ['an http evidence link', makeAnswers({ evidenceLinks: [{ title: 'x', url: 'http://x.id' }] })],
    [
      'a file over the size limit',
      makeAnswers({ evidenceDocument: { ...(makeAnswers().evidenceDocument as object), size: 11e6 } }),
    ],
  ])('refuses %s, like validateAnswers', (_case, answers) => {
    expect(schemaAccepts(schema, answers)).toBe(false);
  });
});

describe('JSON Schema export of every field type', () => {
  const exported = toJsonSchema(everyFieldForm, 'en');
  const props = exported.properties as Record<string, { anyOf: Record<string, unknown>[] }>;
  const value = (id: string) => props[id]?.anyOf[0];

  it('describes each type', () => {
    expect(value('code')).toEqual({
      type: 'string',
      maxLength: 8,
      pattern: '^(?!\\s*$)(?:[A-Z]{2}-\\d{2})$',
    });
    expect(value('staff')).toEqual({ type: 'integer', minimum: 1, maximum: 50 });
    expect(value('budget')).toMatchObject({ type: 'number' });
    expect(value('startDate')).toMatchObject({
      format: 'date',
      allOf: [{ $comment: 'On or after 2020-01-01.' }, { $comment: 'On or before 2020-12-31.' }],
    });
    expect(value('topics')).toMatchObject({ type: 'array', uniqueItems: true, minItems: 2, maxItems: 3 });
    expect(value('satisfaction')?.oneOf).toHaveLength(5);
    expect(value('level')?.oneOf).toContainEqual({
      const: 1,
      title: 'EN level 1',
      description: 'EN evidence 1',
    });
    expect(value('site')).toMatchObject({
      maxLength: 2048,
      pattern: expect.stringMatching(/^\^\[Hh\]\[Tt\]\[Tt\]\[Pp\]\[Ss\]:/),
    });
    expect(value('legacySite')).toMatchObject({
      maxLength: 30,
      pattern: expect.stringMatching(/^\^\[Hh\]\[Tt\]\[Tt\]\[Pp\]\[Ss\]\?:/),
    });
    expect(value('proof')).toMatchObject({
      type: 'object',
      required: ['fileId', 'sha256', 'name', 'contentType', 'size'],
    });
    expect(value('members')).toMatchObject({
      type: 'array',
      minItems: 2,
      maxItems: 3,
      items: { required: ['name'] },
    });
  });

  it('accepts the valid answers and empty ones', () => {
    expect(schemaAccepts(exported, makeEveryFieldAnswers())).toBe(true);
    expect(schemaAccepts(exported, {})).toBe(true);
    expect(schemaAccepts(exported, { code: '', budget: null, topics: [] })).toBe(true);
  });

  it.each([
    ['a wrong pattern', { code: 'ab-12' }],
    ['an empty list for a text', { code: [] }],
    ['a blank text for a number', { budget: '' }],
    ['a fraction for an integer', { staff: 2.5 }],
    [
      'a wildcard content type not accepted',
      { proof: { ...(makeEveryFieldAnswers().proof as object), contentType: 'text/plain' } },
    ],
  ])('refuses %s', (_case, overrides) => {
    expect(schemaAccepts(exported, makeEveryFieldAnswers(overrides))).toBe(false);
  });

  it('leaves out a rule that names a field outside the group item', () => {
    // Prepare
    const form = makeDefinition([
      {
        id: 'live',
        type: 'singleChoice',
        options: [{ value: 'yes', label: label('yes') }],
        label: label('live'),
      },
      {
        id: 'sites',
        type: 'group',
        maxItems: 3,
        label: label('sites'),
        fields: [
          { id: 'kind', type: 'shortText', maxLength: 9, label: label('kind') },
          {
            id: 'reach',
            type: 'number',
            min: 0,
            max: 9,
            required: { field: 'live', equals: 'yes' },
            label: label('reach'),
          },
          {
            id: 'note',
            type: 'shortText',
            maxLength: 9,
            visibleWhen: { field: 'kind', notEmpty: true },
            label: label('note'),
          },
        ],
      },
    ]);

    // Act
    const items = (
      toJsonSchema(form).properties as Record<string, { anyOf: { items: { allOf: unknown[] } }[] }>
    ).sites?.anyOf[0]?.items;

    // Assess: only the sibling rule on `note` is there
    expect(items?.allOf).toHaveLength(1);
    expect(JSON.stringify(items?.allOf)).toContain('"note"');
  });
});

import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition, FormDefinitionError } from '#forms/engine/definition-checks.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { label, makeDefinition } from '../builders.ts';
import { edgeCaseForm } from '../edge-case-form.ts';
import { everyFieldForm } from '../every-field-form.ts';

const text = (id: string, extra: Record<string, unknown> = {}): Field =>
  ({ id, type: 'shortText', maxLength: 10, label: label(id), ...extra }) as Field;
const choice: Field = {
  id: 'status',
  type: 'singleChoice',
  label: label('status'),
  options: [{ value: 'live', label: label('live') }],
};

function problems(definition: unknown): readonly string[] {
  try {
    checkFormDefinition(definition);
    return [];
  } catch (error) {
    if (error instanceof FormDefinitionError) return error.problems;
    throw error;
  }
}

describe('checkFormDefinition', () => {
  it('accepts the real forms and the test forms', () => {
    expect(problems(innovationReportForm)).toEqual([]);
    expect(problems(everyFieldForm)).toEqual([]);
    expect(problems(edgeCaseForm)).toEqual([]);
  });

  it.each<[string, FormDefinition, RegExp]>([
    [
      'a form id that is not kebab-case',
      makeDefinition([text('a')], { id: 'Test_Form' }),
      /^id: invalid_format/,
    ],
    [
      'a version that is not a positive integer',
      makeDefinition([text('a')], { version: 1.5 }),
      /^version: invalid_type/,
    ],
    ['a field id that is not camelCase', makeDefinition([text('Bad-id')]), /^sections\.0\.fields\.0\.id/],
    [
      'a label without English',
      makeDefinition([{ ...text('a'), label: { id: 'Nama' } as never }]),
      /label\.en: invalid_type$/,
    ],
    [
      'an unknown field type',
      makeDefinition([{ ...text('a'), type: 'colour' } as never]),
      /^sections\.0\.fields\.0\.type: invalid_union$/,
    ],
    ['a duplicate field id', makeDefinition([text('a'), text('a')]), /duplicate field id "a"/],
    [
      'a field id that shadows an object property',
      makeDefinition([text('constructor')]),
      /constructor: reserved field id/,
    ],
    [
      'a condition naming an unknown field',
      makeDefinition([text('a', { visibleWhen: { field: 'b', notEmpty: true } })]),
      /unknown field "b"/,
    ],
    [
      'a condition comparing with a missing option',
      makeDefinition([choice, text('a', { required: { field: 'status', equals: 'lve' } })]),
      /"lve" is not an option of "status"/,
    ],
    [
      'a condition comparing a web address with a value, which the stored, normalized address would not equal',
      makeDefinition([
        { id: 'site', type: 'url', label: label('site') },
        text('a', { visibleWhen: { field: 'site', equals: 'https://a.id' } }),
      ]),
      /can only test whether "site", a web address, is answered/,
    ],
    [
      'a nested condition naming an unknown field',
      makeDefinition([text('a', { visibleWhen: { not: { all: [{ field: 'zz', notEmpty: true }] } } })]),
      /unknown field "zz"/,
    ],
    [
      'a number range upside down',
      makeDefinition([{ id: 'n', type: 'number', min: 5, max: 1, label: label('n') }]),
      /min is above max/,
    ],
    [
      'a date bound that is not a date',
      makeDefinition([{ id: 'd', type: 'date', min: '2020-02-30', label: label('d') }]),
      /2020-02-30 is not a date/,
    ],
    [
      'a pattern that does not compile',
      makeDefinition([text('a', { pattern: '(' })]),
      /pattern is not a regular expression/,
    ],
    [
      'duplicate options',
      makeDefinition([{ ...choice, options: [...choice.options, ...choice.options] } as Field]),
      /duplicate options live/,
    ],
    [
      'a group whose minimum exceeds its maximum',
      makeDefinition([
        { id: 'g', type: 'group', minItems: 3, maxItems: 2, fields: [text('a')], label: label('g') },
      ]),
      /minItems is above maxItems/,
    ],
    [
      'a computed sum over a text field',
      makeDefinition([text('a')], {
        computed: [{ id: 's', label: label('s'), compute: { kind: 'sum', fields: ['a'] } }],
      }),
      /"a" is not a field it can sum/,
    ],
    [
      'an unknown scorer',
      makeDefinition([text('a')], { scoring: { kind: 'magic' } }),
      /unknown scorer "magic"/,
    ],
    [
      'a weight on a field that is not a maturity level',
      makeDefinition([text('a')], { scoring: { kind: 'maturity-average', weights: { a: 2 } } }),
      /"a" is not a maturity level field/,
    ],
  ])('refuses %s', (_case, definition, expected) => {
    // Act
    const found = problems(definition);

    // Assess
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  it('sees a sibling field from inside a group item and a top-level field from outside', () => {
    // Prepare
    const definition = makeDefinition([
      choice,
      {
        id: 'links',
        type: 'group',
        maxItems: 2,
        label: label('links'),
        fields: [
          text('kind'),
          text('note', {
            visibleWhen: {
              all: [
                { field: 'kind', notEmpty: true },
                { field: 'status', equals: 'live' },
              ],
            },
          }),
        ],
      },
    ]);

    // Act, Assess
    expect(problems(definition)).toEqual([]);
  });
});

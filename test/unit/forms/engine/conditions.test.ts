import { describe, expect, it } from 'vitest';
import type { Condition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';
import { errorCodes } from '../every-field-form.ts';

const choices = (...values: string[]) => values.map((value) => ({ value, label: label(value) }));

const baseFields: Field[] = [
  { id: 'status', type: 'singleChoice', options: choices('planned', 'live'), label: label('status') },
  {
    id: 'channels',
    type: 'multipleChoice',
    options: choices('web', 'mobile', 'sms'),
    label: label('channels'),
  },
  { id: 'users', type: 'number', min: 0, max: 1e6, label: label('users') },
  { id: 'note', type: 'shortText', maxLength: 50, label: label('note') },
];

/** A form whose `target` field is visible, or required, under `condition`. */
function formWith(rule: 'visibleWhen' | 'required', condition: Condition) {
  return makeDefinition([
    ...baseFields,
    { id: 'target', type: 'shortText', maxLength: 50, label: label('target'), [rule]: condition },
  ]);
}

describe('visibility', () => {
  const form = formWith('visibleWhen', { field: 'status', equals: 'live' });

  it('refuses an answer to a hidden field', () => {
    expect(errorCodes(validateAnswers(form, { status: 'planned', target: 'x' }))).toEqual([
      'target:not_visible',
    ]);
  });

  it('accepts an empty answer to a hidden field', () => {
    expect(errorCodes(validateAnswers(form, { status: 'planned', target: '' }))).toEqual([]);
    expect(errorCodes(validateAnswers(form, { target: null }))).toEqual([]);
  });

  it('accepts an answer to a field once its condition holds', () => {
    expect(errorCodes(validateAnswers(form, { status: 'live', target: 'x' }))).toEqual([]);
  });

  it('does not require a required field while it is hidden', () => {
    // Prepare
    const hiddenRequired = makeDefinition([
      ...baseFields,
      {
        id: 'target',
        type: 'shortText',
        maxLength: 50,
        required: true,
        visibleWhen: { field: 'status', equals: 'live' },
        label: label('target'),
      },
    ]);

    // Act, Assess
    expect(errorCodes(validateAnswers(hiddenRequired, { status: 'planned' }))).toEqual([]);
    expect(errorCodes(validateAnswers(hiddenRequired, { status: 'live' }))).toEqual(['target:required']);
  });
});

describe('conditions', () => {
  it.each<[string, Condition, Record<string, unknown>, Record<string, unknown>]>([
    ['equals', { field: 'status', equals: 'live' }, { status: 'live' }, { status: 'planned' }],
    ['equals on a number', { field: 'users', equals: 0 }, { users: 0 }, { users: 1 }],
    [
      'equals on a multiple choice (contains)',
      { field: 'channels', equals: 'sms' },
      { channels: ['web', 'sms'] },
      { channels: ['web'] },
    ],
    ['in', { field: 'status', in: ['live', 'planned'] }, { status: 'planned' }, {}],
    [
      'in on a multiple choice (any of)',
      { field: 'channels', in: ['sms', 'mobile'] },
      { channels: ['mobile'] },
      { channels: ['web'] },
    ],
    ['notEmpty', { field: 'note', notEmpty: true }, { note: 'x' }, { note: '   ' }],
    ['notEmpty on a list', { field: 'channels', notEmpty: true }, { channels: ['web'] }, { channels: [] }],
    [
      'all',
      {
        all: [
          { field: 'status', equals: 'live' },
          { field: 'users', equals: 5 },
        ],
      },
      { status: 'live', users: 5 },
      { status: 'live', users: 4 },
    ],
    [
      'any',
      {
        any: [
          { field: 'status', equals: 'live' },
          { field: 'users', equals: 5 },
        ],
      },
      { users: 5 },
      { status: 'planned', users: 4 },
    ],
    ['not', { not: { field: 'status', equals: 'live' } }, { status: 'planned' }, { status: 'live' }],
  ])('requires a field under %s only when the condition holds', (_kind, condition, holds, fails) => {
    // Prepare
    const form = formWith('required', condition);

    // Act, Assess
    expect(errorCodes(validateAnswers(form, holds))).toEqual(['target:required']);
    expect(errorCodes(validateAnswers(form, fails))).toEqual([]);
    expect(errorCodes(validateAnswers(form, { ...holds, target: 'given' }))).toEqual([]);
  });

  it('evaluates conditions even when another answer is malformed', () => {
    // Prepare
    const form = formWith('required', { field: 'status', equals: 'live' });

    // Act
    const codes = errorCodes(validateAnswers(form, { status: 'live', users: 'many', note: 'x'.repeat(51) }));

    // Assess
    expect(codes).toEqual(['users:invalid_type', 'note:too_long', 'target:required']);
  });
});

describe('conditions inside repeatable groups', () => {
  const form = makeDefinition([
    ...baseFields,
    {
      id: 'links',
      type: 'group',
      maxItems: 5,
      label: label('links'),
      fields: [
        { id: 'kind', type: 'singleChoice', options: choices('news', 'other'), label: label('kind') },
        // `kind` is the sibling in the same item; `status` is found at the top level.
        {
          id: 'other',
          type: 'shortText',
          maxLength: 50,
          visibleWhen: { field: 'kind', equals: 'other' },
          label: label('other'),
        },
        {
          id: 'reach',
          type: 'number',
          min: 0,
          max: 100,
          required: { field: 'status', equals: 'live' },
          label: label('reach'),
        },
      ],
    },
  ]);

  it('reads a sibling answer of the same item', () => {
    // Act
    const result = validateAnswers(form, {
      links: [
        { kind: 'other', other: 'a' },
        { kind: 'news', other: 'b' },
      ],
    });

    // Assess
    expect(errorCodes(result)).toEqual(['links.1.other:not_visible']);
  });

  it('reads a top-level answer from inside an item', () => {
    expect(errorCodes(validateAnswers(form, { status: 'live', links: [{ reach: 3 }, {}] }))).toEqual([
      'links.1.reach:required',
    ]);
    expect(errorCodes(validateAnswers(form, { status: 'planned', links: [{}] }))).toEqual([]);
  });
});

import type { FormDefinition } from '#forms/engine/definition.ts';
import type { ValidationResult } from '#forms/engine/validate.ts';
import { label, makeDefinition, makeFileRef } from './builders.ts';

const level = (n: number) => ({ description: label(`level ${n}`), evidence: label(`evidence ${n}`) });

/** A form with one optional field of every type, to test each type on its own. */
export const everyFieldForm: FormDefinition = makeDefinition(
  [
    { id: 'code', type: 'shortText', maxLength: 8, pattern: '[A-Z]{2}-\\d{2}', label: label('code') },
    { id: 'summary', type: 'longText', maxLength: 20, label: label('summary') },
    { id: 'budget', type: 'number', min: 0, max: 1000, label: label('budget') },
    { id: 'staff', type: 'number', min: 1, max: 50, integer: true, label: label('staff') },
    { id: 'startDate', type: 'date', min: '2020-01-01', max: '2020-12-31', label: label('start date') },
    {
      id: 'channel',
      type: 'singleChoice',
      label: label('channel'),
      options: [
        { value: 'web', label: label('web') },
        { value: 'mobile', label: label('mobile') },
      ],
    },
    {
      id: 'topics',
      type: 'multipleChoice',
      minSelections: 2,
      maxSelections: 3,
      label: label('topics'),
      options: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: label(value) })),
    },
    {
      id: 'satisfaction',
      type: 'likert',
      anchors: { low: label('disagree'), high: label('agree') },
      label: label('satisfaction'),
    },
    {
      id: 'level',
      type: 'maturityLevel',
      levels: [level(1), level(2), level(3), level(4), level(5)],
      label: label('level'),
    },
    { id: 'site', type: 'url', label: label('site') },
    { id: 'legacySite', type: 'url', allowHttp: true, maxLength: 30, label: label('legacy site') },
    {
      id: 'proof',
      type: 'evidenceFile',
      accept: ['application/pdf', 'image/*'],
      maxBytes: 1_000_000,
      label: label('proof'),
    },
    {
      id: 'members',
      type: 'group',
      minItems: 2,
      maxItems: 3,
      label: label('members'),
      fields: [
        { id: 'name', type: 'shortText', maxLength: 20, required: true, label: label('member name') },
        {
          id: 'role',
          type: 'singleChoice',
          label: label('role'),
          options: [
            { value: 'lead', label: label('lead') },
            { value: 'member', label: label('member') },
          ],
        },
      ],
    },
  ],
  { id: 'every-field' },
);

/** A full set of valid answers to {@link everyFieldForm}. */
export function makeEveryFieldAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'AB-12',
    summary: 'Ringkas.',
    budget: 12.5,
    staff: 7,
    startDate: '2020-02-29',
    channel: 'web',
    topics: ['a', 'c'],
    satisfaction: 4,
    level: 2,
    site: 'https://example.go.id/path?q=1',
    legacySite: 'http://example.go.id/',
    proof: makeFileRef({ contentType: 'image/png' }),
    members: [{ name: 'Rina', role: 'lead' }, { name: 'Budi' }],
    ...overrides,
  };
}

/** `path:code` of each error, or `[]` when the answers are valid: short to assert on. */
export function errorCodes(result: ValidationResult): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.path}:${e.code}`);
}

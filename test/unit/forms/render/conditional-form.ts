import fc from 'fast-check';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { label, makeDefinition, makeFileRef } from '../builders.ts';

const choices = (...values: string[]) => values.map((value) => ({ value, label: label(value) }));
const level = (n: number) => ({ description: label(`level ${n}`), evidence: label(`evidence ${n}`) });

/** A form whose visibility conditions cover every condition shape, file and group answers, and item scopes. */
export const conditionalForm: FormDefinition = makeDefinition(
  [
    // Depends on a later field, itself at the end of a chain: the page script needs several rounds.
    {
      id: 'intro',
      type: 'shortText',
      maxLength: 20,
      visibleWhen: { field: 'summary', notEmpty: true },
      label: label('intro'),
    },
    {
      id: 'status',
      type: 'singleChoice',
      options: choices('planned', 'piloting', 'live'),
      label: label('status'),
    },
    {
      id: 'channels',
      type: 'multipleChoice',
      options: choices('web', 'mobile', 'sms'),
      label: label('channels'),
    },
    {
      id: 'users',
      type: 'number',
      min: 0,
      max: 1000,
      visibleWhen: { field: 'status', in: ['piloting', 'live'] },
      label: label('users'),
    },
    {
      id: 'rating',
      type: 'likert',
      anchors: { low: label('low'), high: label('high') },
      visibleWhen: { field: 'users', notEmpty: true },
      label: label('rating'),
    },
    {
      id: 'proof',
      type: 'evidenceFile',
      accept: ['application/pdf'],
      maxBytes: 1_000_000,
      visibleWhen: { not: { field: 'channels', equals: 'sms' } },
      label: label('proof'),
    },
    {
      id: 'links',
      type: 'group',
      maxItems: 3,
      visibleWhen: {
        any: [
          { field: 'status', equals: 'live' },
          { field: 'proof', notEmpty: true },
        ],
      },
      label: label('links'),
      fields: [
        { id: 'kind', type: 'singleChoice', options: choices('news', 'app'), label: label('kind') },
        { id: 'url', type: 'url', visibleWhen: { field: 'kind', equals: 'app' }, label: label('url') },
        {
          id: 'note',
          type: 'shortText',
          maxLength: 20,
          visibleWhen: {
            any: [
              {
                all: [
                  { field: 'rating', in: [4, 5] },
                  { field: 'kind', notEmpty: true },
                ],
              },
              // Holds inside a hidden group too: the group's hiding must still disable the note.
              { field: 'channels', equals: 'web' },
            ],
          },
          label: label('note'),
        },
      ],
    },
    {
      id: 'summary',
      type: 'longText',
      maxLength: 50,
      visibleWhen: { field: 'links', notEmpty: true },
      label: label('summary'),
    },
    {
      id: 'level',
      type: 'maturityLevel',
      levels: [level(1), level(2), level(3), level(4), level(5)],
      label: label('level'),
    },
    {
      id: 'extra',
      type: 'shortText',
      maxLength: 20,
      visibleWhen: { field: 'level', in: [4, 5] },
      label: label('extra'),
    },
  ],
  { id: 'conditional' },
);

/** Well-typed answers to {@link conditionalForm}, hidden ones included, any key possibly absent. */
export const conditionalAnswers = fc.record(
  {
    status: fc.constantFrom('planned', 'piloting', 'live'),
    channels: fc.subarray(['web', 'mobile', 'sms'], { minLength: 1 }),
    users: fc.integer({ min: 0, max: 1000 }),
    rating: fc.integer({ min: 1, max: 5 }),
    proof: fc.constant(makeFileRef()),
    links: fc.array(
      fc.record(
        { kind: fc.constantFrom('news', 'app'), url: fc.constant('https://a.id/x'), note: fc.constant('n') },
        { requiredKeys: [] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    summary: fc.constant('s'),
    level: fc.integer({ min: 1, max: 5 }),
    extra: fc.constant('e'),
    intro: fc.constant('i'),
  },
  { requiredKeys: [] },
);

import { describe, expect, it } from 'vitest';
import { clearHiddenAnswers } from '#forms/engine/clear-hidden.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';

const status = {
  id: 'status',
  type: 'singleChoice',
  label: label('status'),
  options: [
    { value: 'planned', label: label('planned') },
    { value: 'live', label: label('live') },
  ],
} as const;

describe('clearHiddenAnswers', () => {
  const form = makeDefinition([
    status,
    { id: 'note', type: 'shortText', maxLength: 9, label: label('note') },
    {
      id: 'first',
      type: 'shortText',
      maxLength: 9,
      visibleWhen: { field: 'status', equals: 'live' },
      label: label('first'),
    },
    {
      id: 'second',
      type: 'shortText',
      maxLength: 9,
      visibleWhen: { field: 'first', notEmpty: true },
      label: label('second'),
    },
  ]);

  it('removes answers to hidden fields, following chains of conditions', () => {
    // Prepare
    const posted = { status: 'planned', first: 'a', second: 'b', note: 'kept' };

    // Act
    const cleared = clearHiddenAnswers(form, posted);

    // Assess
    expect(cleared).toEqual({ status: 'planned', note: 'kept' });
    expect(posted).toEqual({ status: 'planned', first: 'a', second: 'b', note: 'kept' });
    expect(validateAnswers(form, cleared).ok).toBe(true);
  });

  it('keeps answers to visible fields', () => {
    const posted = { status: 'live', first: 'a', second: 'b' };
    expect(clearHiddenAnswers(form, posted)).toEqual(posted);
  });

  it('returns input that is not an object unchanged', () => {
    expect(clearHiddenAnswers(form, 'text')).toBe('text');
  });

  it('removes hidden answers inside group items', () => {
    // Prepare
    const withGroup = makeDefinition([
      status,
      {
        id: 'links',
        type: 'group',
        maxItems: 3,
        label: label('links'),
        fields: [
          { id: 'url', type: 'url', label: label('url') },
          {
            id: 'reach',
            type: 'number',
            min: 0,
            max: 9,
            visibleWhen: { field: 'status', equals: 'live' },
            label: label('reach'),
          },
        ],
      },
    ]);

    // Act
    const cleared = clearHiddenAnswers(withGroup, {
      status: 'planned',
      links: [{ url: 'https://a.id', reach: 3 }, 'x'],
    });

    // Assess
    expect(cleared).toEqual({ status: 'planned', links: [{ url: 'https://a.id' }, 'x'] });
  });
});

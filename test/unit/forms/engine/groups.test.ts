import { describe, expect, it } from 'vitest';
import type { Field } from '#forms/engine/field-types.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';
import { errorCodes, everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';

const member = (name: string) => ({ name });

describe('repeatable groups', () => {
  it('refuses fewer items than its minimum', () => {
    expect(
      errorCodes(validateAnswers(everyFieldForm, makeEveryFieldAnswers({ members: [member('Rina')] }))),
    ).toEqual(['members:too_few_items']);
  });

  it('refuses more items than its maximum', () => {
    // Prepare
    const members = ['Rina', 'Budi', 'Sari', 'Andi'].map(member);

    // Act, Assess
    expect(errorCodes(validateAnswers(everyFieldForm, makeEveryFieldAnswers({ members })))).toEqual([
      'members:too_many_items',
    ]);
  });

  it('accepts item counts at both bounds', () => {
    for (const members of [
      ['Rina', 'Budi'],
      ['Rina', 'Budi', 'Sari'],
    ]) {
      expect(
        validateAnswers(everyFieldForm, makeEveryFieldAnswers({ members: members.map(member) })).ok,
      ).toBe(true);
    }
  });

  it('accepts no items when the group is not required', () => {
    expect(validateAnswers(everyFieldForm, makeEveryFieldAnswers({ members: [] })).ok).toBe(true);
  });

  it('requires at least one item when the group is required', () => {
    // Prepare
    const form = makeDefinition([
      {
        id: 'links',
        type: 'group',
        required: true,
        maxItems: 3,
        label: label('links'),
        fields: [{ id: 'url', type: 'url', label: label('url') }],
      },
    ]);

    // Act, Assess
    expect(errorCodes(validateAnswers(form, { links: [] }))).toEqual(['links:required']);
    expect(errorCodes(validateAnswers(form, { links: [{ url: 'https://a.id' }] }))).toEqual([]);
  });

  it('applies required rules inside each item, with the item index in the path', () => {
    // Act
    const result = validateAnswers(
      everyFieldForm,
      makeEveryFieldAnswers({ members: [member('Rina'), { role: 'lead' }] }),
    );

    // Assess
    expect(errorCodes(result)).toEqual(['members.1.name:required']);
  });

  it('refuses unknown keys inside an item', () => {
    const members = [member('Rina'), { name: 'Budi', age: 40 }];
    expect(errorCodes(validateAnswers(everyFieldForm, makeEveryFieldAnswers({ members })))).toEqual([
      'members.1.age:unknown_field',
    ]);
  });

  it('validates groups nested in groups', () => {
    // Prepare
    const inner: Field = {
      id: 'phones',
      type: 'group',
      maxItems: 2,
      label: label('phones'),
      fields: [{ id: 'number', type: 'shortText', maxLength: 5, required: true, label: label('number') }],
    };
    const form = makeDefinition([
      { id: 'offices', type: 'group', maxItems: 2, label: label('offices'), fields: [inner] },
    ]);

    // Act
    const result = validateAnswers(form, {
      offices: [{ phones: [{ number: '123' }] }, { phones: [{ number: '123456' }, {}] }],
    });

    // Assess
    expect(errorCodes(result)).toEqual([
      'offices.1.phones.0.number:too_long',
      'offices.1.phones.1.number:required',
    ]);
  });
});

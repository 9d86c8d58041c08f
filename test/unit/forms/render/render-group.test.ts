import { describe, expect, it } from 'vitest';
import type { Field } from '#forms/engine/field-types.ts';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { label, makeAnswers, makeDefinition } from '../builders.ts';
import { everyFieldForm } from '../every-field-form.ts';
import { byId, named, rendered } from './fixtures.ts';
import { closest, elements, textContent } from './mini-dom.ts';

const link = (n: number) => ({ title: `Tautan ${n}`, url: `https://a.id/${n}` });
const buttons = (root: Parameters<typeof elements>[0]) =>
  elements(root)
    .filter((e) => e.tag === 'button' && e.attributes.get('value')?.includes(':'))
    .map((e) => e.attributes.get('value'));

const member: Field = { id: 'name', type: 'shortText', maxLength: 9, required: true, label: label('name') };

describe('renderForm groups', () => {
  it.each([
    ['id', 'Tautan bukti ke-2'],
    ['en', 'Evidence link #2'],
  ] as const)('renders each item as a numbered fieldset with inputs named by path (%s)', (lang, title) => {
    // Act
    const { root } = rendered(form, { lang, answers: makeAnswers({ evidenceLinks: [link(1), link(2)] }) });

    // Assess
    const item = byId(root, 'field-evidenceLinks-1');
    expect([item.tag, item.attributes.get('class'), item.attributes.get('tabindex')]).toEqual([
      'fieldset',
      'group-item',
      '-1',
    ]);
    expect(textContent(elements(item).find((e) => e.tag === 'legend')!)).toBe(title);
    expect(named(item, 'evidenceLinks.1.url')[0]?.attributes.get('value')).toBe('https://a.id/2');
    expect(byId(root, 'field-evidenceLinks-1-title').attributes.get('name')).toBe('evidenceLinks.1.title');
  });

  it('renders a remove button per item and an add button, both skipping browser validation', () => {
    // Act
    const { root } = rendered(form, { answers: makeAnswers({ evidenceLinks: [link(1), link(2)] }) });

    // Assess
    expect(buttons(root)).toEqual([
      'remove:evidenceDocument',
      'remove:evidenceLinks.0',
      'remove:evidenceLinks.1',
      'add:evidenceLinks',
    ]);
    const add = elements(root).find((e) => e.attributes.get('value') === 'add:evidenceLinks')!;
    expect(Object.fromEntries(add.attributes)).toMatchObject({
      type: 'submit',
      name: '_action',
      formnovalidate: '',
    });
    expect(textContent(add)).toBe('Tambah lagi (Tautan bukti)');
    const remove = elements(root).find((e) => e.attributes.get('value') === 'remove:evidenceLinks.1')!;
    expect([textContent(remove), remove.attributes.has('formnovalidate')]).toEqual([
      'Hapus Tautan bukti ke-2',
      true,
    ]);
  });

  it('offers no add button once the group holds maxItems items', () => {
    const links = Array.from({ length: 10 }, (_, i) => link(i));
    const { root } = rendered(form, { answers: makeAnswers({ evidenceLinks: links }) });
    expect(buttons(root).filter((b) => b?.startsWith('add:'))).toEqual([]);
    expect(named(root, 'evidenceLinks.9.title')).toHaveLength(1);
  });

  it('renders no item for an empty optional group, only the add button', () => {
    const { root } = rendered(form, { answers: {} });
    expect(
      elements(byId(root, 'field-evidenceLinks')).filter((e) => e.attributes.get('class') === 'group-item'),
    ).toEqual([]);
    expect(buttons(root)).toEqual(['add:evidenceLinks']);
  });

  it('renders minItems items for a group holding fewer', () => {
    const { root } = rendered(everyFieldForm, { answers: { members: [{ name: 'Rina' }] } });
    expect(named(root, 'members.0.name')[0]?.attributes.get('value')).toBe('Rina');
    expect(named(root, 'members.1.name')[0]?.attributes.get('value')).toBe('');
    expect(named(root, 'members.2.name')).toEqual([]);
  });

  it('renders one item for a required empty group, with a marker input so that it is posted back', () => {
    // Prepare
    const definition = makeDefinition([
      { id: 'team', type: 'group', required: true, maxItems: 2, fields: [member], label: label('team') },
    ]);

    // Act
    const { root } = rendered(definition);

    // Assess
    expect(named(root, 'team.0.name')[0]?.attributes.has('required')).toBe(true);
    expect(named(root, 'team.0._item')[0]?.attributes.get('type')).toBe('hidden');
    expect(named(root, 'team.1.name')).toEqual([]);
  });

  it('resolves a condition inside an item to the same item, and disables the items of a hidden group', () => {
    // Prepare
    const definition = makeDefinition([
      { id: 'on', type: 'shortText', maxLength: 9, label: label('on') },
      {
        id: 'team',
        type: 'group',
        maxItems: 3,
        visibleWhen: { field: 'on', notEmpty: true },
        label: label('team'),
        fields: [
          member,
          {
            ...member,
            id: 'role',
            required: false,
            visibleWhen: {
              all: [
                { field: 'name', equals: 'x' },
                { field: 'on', equals: 'y' },
              ],
            },
          },
        ],
      },
    ]);

    // Act
    const { root } = rendered(definition, { answers: { team: [{ name: 'a' }, { name: 'x' }] } });

    // Assess
    const role = closest(byId(root, 'field-team-1-role'), 'div')!;
    expect(JSON.parse(role.attributes.get('data-visible-when')!)).toEqual({
      all: [
        { field: 'team.1.name', equals: 'x' },
        { field: 'on', equals: 'y' },
      ],
    });
    expect(byId(root, 'field-team').attributes.has('hidden')).toBe(true);
    const inside = elements(byId(root, 'field-team')).filter((e) => e.attributes.has('name'));
    expect(inside.filter((e) => !e.attributes.has('disabled'))).toEqual([]);
    expect(inside.filter((e) => e.attributes.has('required'))).toEqual([]);
  });
});

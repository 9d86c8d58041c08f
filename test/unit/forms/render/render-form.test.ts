import { describe, expect, it } from 'vitest';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { makeAnswers } from '../builders.ts';
import { byId, named, rendered } from './fixtures.ts';
import { closest, elements, textContent } from './mini-dom.ts';

describe('renderForm', () => {
  it('renders a post form carrying the CSRF token, the hidden inputs and the upload url', () => {
    // Act
    const { form: element } = rendered(form, {
      action: '/forms/innovation-report?x=1&y=2',
      hiddenInputs: { revision: '3' },
      uploadUrl: '/api/uploads',
    });

    // Assess
    expect(element.attributes.get('method')).toBe('post');
    expect(element.attributes.get('action')).toBe('/forms/innovation-report?x=1&y=2');
    expect(element.attributes.get('data-upload-url')).toBe('/api/uploads');
    expect(named(element, '_csrf')[0]?.attributes.get('value')).toBe('csrf-token-1');
    expect(named(element, 'revision')[0]?.attributes.get('value')).toBe('3');
  });

  it.each([
    ['id', 'Identitas inovasi', 'Nama inovasi (wajib)'],
    ['en', 'The innovation', 'Innovation name (required)'],
  ] as const)('renders sections as fieldsets with legends, and labels, in %s', (lang, section, name) => {
    const { root } = rendered(form, { lang });
    const legend = elements(byId(root, 'section-identity')).find((e) => e.tag === 'legend');
    expect(textContent(legend!)).toBe(section);
    const label = elements(root).find((e) => e.tag === 'label' && e.attributes.get('for') === 'field-name');
    expect(textContent(label!)).toBe(name);
  });

  it('renders a required short text with maxlength and its help as description', () => {
    const input = byId(rendered(form).root, 'field-name');
    expect(Object.fromEntries(input.attributes)).toMatchObject({
      type: 'text',
      name: 'name',
      maxlength: '150',
      required: '',
      'aria-describedby': 'field-name-hint',
    });
  });

  it('renders a long text as a textarea keeping leading and inner line breaks', () => {
    const { root } = rendered(form, { answers: { description: '\nBaris 1\nBaris 2' } });
    const area = byId(root, 'field-description');
    expect([area.tag, area.attributes.get('maxlength'), textContent(area)]).toEqual([
      'textarea',
      '2000',
      '\nBaris 1\nBaris 2',
    ]);
  });

  it('renders up to six options as radios in a fieldset and more as a select', () => {
    // Act
    const { root } = rendered(form, { answers: makeAnswers() });

    // Assess
    const radios = named(root, 'type');
    expect(
      radios.map((r) => [r.attributes.get('type'), r.attributes.get('value'), r.attributes.has('checked')]),
    ).toEqual([
      ['radio', 'application', true],
      ['radio', 'service', false],
      ['radio', 'process', false],
    ]);
    expect(closest(radios[0], 'fieldset')?.children[0]).toMatchObject({ tag: 'legend' });
    const selectBox = byId(root, 'field-subDimension');
    expect(selectBox.tag).toBe('select');
    const selected = elements(selectBox).filter((o) => o.attributes.has('selected'));
    expect(selected.map((o) => o.attributes.get('value'))).toEqual(['governance.public-services']);
  });

  it('renders dates, numbers and addresses with their bounds, and no required on conditional fields', () => {
    const { root } = rendered(form, { answers: makeAnswers() });
    expect(Object.fromEntries(byId(root, 'field-launchDate').attributes)).toMatchObject({
      type: 'date',
      min: '2000-01-01',
      value: '2019-08-17',
    });
    const people = Object.fromEntries(byId(root, 'field-peopleReached').attributes);
    expect(people).toMatchObject({
      type: 'number',
      min: '0',
      max: '100000000',
      step: '1',
      inputmode: 'numeric',
      value: '12500',
    });
    const url = byId(root, 'field-applicationUrl');
    expect(url.attributes.get('type')).toBe('url');
    for (const id of ['field-launchDate', 'field-peopleReached', 'field-applicationUrl'])
      expect(byId(root, id).attributes.has('required')).toBe(false);
  });

  it.each(['sikoja.jambikota.go.id', 'https://a b.example/', 'ftp:'])(
    'shows an address typed as %j again as typed, in a control that may hold it',
    (typed) => {
      const { root } = rendered(form, { answers: makeAnswers({ status: 'live', applicationUrl: typed }) });
      const url = byId(root, 'field-applicationUrl');
      expect(url.attributes.get('type')).toBe('text');
      expect(url.attributes.get('inputmode')).toBe('url');
      expect(url.attributes.get('value')).toBe(typed);
    },
  );

  it('hides fields whose condition does not hold, disabled, with their condition for the page script', () => {
    // Act
    const { root } = rendered(form, { answers: makeAnswers({ status: 'planned' }) });

    // Assess
    const wrapper = closest(byId(root, 'field-peopleReached'), 'div')!;
    expect(wrapper.attributes.has('hidden')).toBe(true);
    expect(JSON.parse(wrapper.attributes.get('data-visible-when')!)).toEqual({
      field: 'status',
      in: ['piloting', 'live'],
    });
    expect(byId(root, 'field-peopleReached').attributes.has('disabled')).toBe(true);
  });

  it('shows a field whose condition holds, still carrying its condition', () => {
    const { root } = rendered(form, { answers: makeAnswers({ status: 'live' }) });
    const wrapper = closest(byId(root, 'field-peopleReached'), 'div')!;
    expect([wrapper.attributes.has('hidden'), wrapper.attributes.has('data-visible-when')]).toEqual([
      false,
      true,
    ]);
    expect(byId(root, 'field-peopleReached').attributes.has('disabled')).toBe(false);
  });
});

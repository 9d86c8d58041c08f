import { describe, expect, it } from 'vitest';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { makeAnswers } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { byId, named, rendered } from './fixtures.ts';
import { closest, elements, textContent } from './mini-dom.ts';

const text = (root: Parameters<typeof textContent>[0], id: string) => textContent(byId(root, id));

describe('renderForm choice and file fields', () => {
  it('renders maturity levels as radios with each description and the evidence asked as visible text', () => {
    // Act
    const { root } = rendered(form, { answers: { maturity: 3 } });

    // Assess
    const levels = named(root, 'maturity');
    expect(levels.map((l) => l.attributes.get('value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(levels[2]?.attributes.has('checked')).toBe(true);
    expect(text(root, 'field-maturity-level-3-evidence')).toBe(
      'Bukti yang diminta: SOP dan laporan penggunaan.',
    );
    expect(levels[2]?.attributes.get('aria-describedby')).toBe('field-maturity-level-3-evidence');
    const label = elements(root).find(
      (e) => e.tag === 'label' && e.attributes.get('for') === 'field-maturity-opt-3',
    );
    expect(textContent(label!)).toBe('Tingkat 3 Terdefinisi: memiliki SOP dan digunakan secara rutin.');
  });

  it('renders an evidence file as a picker, the reference as hidden inputs, and what is attached', () => {
    // Act
    const { root } = rendered(form, { answers: makeAnswers(), lang: 'en' });

    // Assess
    const picker = byId(root, 'field-evidenceDocument');
    expect(Object.fromEntries(picker.attributes)).toMatchObject({
      type: 'file',
      accept: 'application/pdf,image/jpeg,image/png',
    });
    // Named so that a browser without JavaScript posts the file with the form.
    expect(picker.attributes.get('name')).toBe('evidenceDocument.file');
    expect(Object.fromEntries(closest(picker, 'div')!.attributes)).toMatchObject({
      'data-evidence-field': 'evidenceDocument',
      'data-accept': 'application/pdf,image/jpeg,image/png',
      'data-max-bytes': '10485760',
    });
    const parts = ['fileId', 'sha256', 'name', 'contentType', 'size'].map((p) =>
      named(root, `evidenceDocument.${p}`)[0]?.attributes.get('value'),
    );
    expect(parts).toEqual(['file-01HZX', 'ab'.repeat(32), 'sk-walikota.pdf', 'application/pdf', '250000']);
    expect(text(root, 'field-evidenceDocument-attached')).toBe(
      'Attached: sk-walikota.pdf (244.1 KB) Remove file Evidence document',
    );
    expect(text(root, 'field-evidenceDocument-rule')).toBe('A PDF, JPEG or PNG file of at most 10 MB.');
  });

  it('renders an empty reference and nothing attached when no file is given', () => {
    const { root } = rendered(form);
    expect(named(root, 'evidenceDocument.fileId')[0]?.attributes.get('value')).toBe('');
    expect(() => byId(root, 'field-evidenceDocument-attached')).toThrow();
  });

  it('renders a multiple choice as checkboxes checked from the list, never required', () => {
    const { root } = rendered(everyFieldForm, { answers: makeEveryFieldAnswers() });
    const boxes = named(root, 'topics');
    expect(
      boxes.map((b) => [b.attributes.get('type'), b.attributes.has('checked'), b.attributes.has('required')]),
    ).toEqual([
      ['checkbox', true, false],
      ['checkbox', false, false],
      ['checkbox', true, false],
      ['checkbox', false, false],
    ]);
  });

  it('renders a Likert field as a row of radios 1 to 5 whose ends carry the anchors', () => {
    const { root } = rendered(everyFieldForm, { answers: { satisfaction: 4 }, lang: 'en' });
    const labels = named(root, 'satisfaction').map((r) =>
      textContent(
        elements(root).find((l) => l.tag === 'label' && l.attributes.get('for') === r.attributes.get('id'))!,
      ),
    );
    expect(labels).toEqual(['1 EN disagree', '2', '3', '4', '5 EN agree']);
    expect(named(root, 'satisfaction')[3]?.attributes.has('checked')).toBe(true);
  });
});

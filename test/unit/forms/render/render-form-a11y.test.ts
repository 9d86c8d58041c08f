import { describe, expect, it } from 'vitest';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { label, makeAnswers, makeDefinition } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { byId, named, rendered } from './fixtures.ts';
import { closest, type Element, elements, textContent } from './mini-dom.ts';

const bad = makeAnswers({
  name: '',
  maturity: 'tiga',
  evidenceLinks: [{ title: 'a' }, { title: 'b', url: 'ftp://x' }],
});

/** The accessibility rules axe checks that this markup can break. */
function accessibilityProblems(root: Element): string[] {
  const problems: string[] = [];
  const all = elements(root);
  const ids = all.map((e) => e.attributes.get('id')).filter((id) => id !== undefined);
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push(`duplicate id ${id}`);
  const labelled = new Set(all.filter((e) => e.tag === 'label').map((e) => e.attributes.get('for')));
  for (const control of all.filter((e) => ['input', 'select', 'textarea'].includes(e.tag))) {
    const type = control.attributes.get('type');
    if (type === 'hidden') continue;
    if (!labelled.has(control.attributes.get('id')))
      problems.push(`unlabelled ${control.attributes.get('name')}`);
    if (type === 'radio' || type === 'checkbox') {
      const legend = closest(control, 'fieldset')?.children.find(
        (c) => typeof c !== 'string' && c.tag === 'legend',
      );
      if (legend === undefined)
        problems.push(`${control.attributes.get('id')} outside a fieldset with legend`);
    }
  }
  for (const e of all) {
    for (const ref of (e.attributes.get('aria-describedby') ?? '').split(' ').filter(Boolean))
      if (!ids.includes(ref)) problems.push(`aria-describedby to missing ${ref}`);
    if (e.tag === 'button' && textContent(e).trim() === '') problems.push('button without text');
  }
  return problems;
}

describe('renderForm accessibility and safety', () => {
  it.each([
    ['innovation-report', form, bad],
    ['every field', everyFieldForm, makeEveryFieldAnswers({ budget: 'x' })],
  ] as const)(
    'gives every control of %s a name and a unique id, and lists in fieldsets',
    (_, definition, answers) => {
      const result = validateAnswers(definition, answers);
      for (const lang of ['id', 'en'] as const) {
        const { root } = rendered(definition, { lang, answers, errors: result.ok ? [] : result.errors });
        expect(accessibilityProblems(root)).toEqual([]);
      }
    },
  );

  it('escapes labels, help and answers', () => {
    // Prepare
    const attack = '"><script>alert(1)</script>';
    const definition = makeDefinition([
      { id: 'note', type: 'shortText', maxLength: 99, label: label(attack), help: label(attack) },
      { id: 'body', type: 'longText', maxLength: 99, label: label('body') },
    ]);

    // Act
    const { root } = rendered(definition, {
      answers: { note: attack, body: `</textarea>${attack}` },
      csrfToken: attack,
    });

    // Assess
    expect(elements(root).filter((e) => e.tag === 'script')).toEqual([]);
    expect(byId(root, 'field-note').attributes.get('value')).toBe(attack);
    expect(textContent(byId(root, 'field-body'))).toBe(`</textarea>${attack}`);
    expect(textContent(byId(root, 'field-note-hint'))).toBe(`ID ${attack}`);
    expect(named(root, '_csrf')[0]?.attributes.get('value')).toBe(attack);
  });

  it('renders a read-only form with every control disabled, nothing required and no buttons', () => {
    const { root } = rendered(form, { answers: makeAnswers(), readOnly: true });
    const controls = elements(root).filter(
      (e) => ['input', 'select', 'textarea'].includes(e.tag) && e.attributes.get('type') !== 'hidden',
    );
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((c) => !c.attributes.has('disabled') || c.attributes.has('required'))).toEqual([]);
    expect(elements(root).filter((e) => e.tag === 'button')).toEqual([]);
  });

  it('makes saving the draft the default button, ahead of every remove button', () => {
    const { root } = rendered(form, { answers: makeAnswers() });
    const first = elements(root).find((e) => e.tag === 'button')!;
    expect(Object.fromEntries(first.attributes)).toMatchObject({
      value: 'save',
      formnovalidate: '',
      hidden: '',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { FormError } from '#forms/engine/messages.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { makeAnswers } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { byId, rendered } from './fixtures.ts';
import { closest, elements, textContent } from './mini-dom.ts';

function errorsOf(answers: unknown): readonly FormError[] {
  const result = validateAnswers(form, answers);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const bad = makeAnswers({
  name: '',
  maturity: 'tiga',
  evidenceLinks: [{ title: 'a' }, { title: 'b', url: 'ftp://x' }],
});

describe('renderForm errors', () => {
  it.each(['id', 'en'] as const)(
    'renders an error summary linking to existing fields in page order, in %s',
    (lang) => {
      // Prepare
      const errors = errorsOf(bad);

      // Act
      const { root } = rendered(form, { lang, answers: bad, errors });

      // Assess
      const summary = byId(root, 'error-summary');
      expect(Object.fromEntries(summary.attributes)).toMatchObject({ role: 'alert', tabindex: '-1' });
      expect(textContent(byId(root, 'error-summary-title'))).toBe(
        lang === 'id' ? 'Ada isian yang perlu diperbaiki' : 'There is a problem',
      );
      const links = elements(summary).filter((e) => e.tag === 'a');
      const targets = links.map((a) => a.attributes.get('href'));
      expect(targets).toEqual([
        '#field-name',
        '#field-maturity',
        '#field-evidenceLinks-0-url',
        '#field-evidenceLinks-1-url',
      ]);
      for (const target of targets) expect(byId(root, target!.slice(1))).toBeDefined();
      const byPath = new Map(errors.map((e) => [e.path, e.message[lang]]));
      expect(textContent(links[0]!)).toBe(byPath.get('name'));
    },
  );

  it('marks a field in error and describes it by its message next to it', () => {
    // Act
    const { root } = rendered(form, { answers: bad, errors: errorsOf(bad) });

    // Assess
    const input = byId(root, 'field-evidenceLinks-1-url');
    expect(input.attributes.get('aria-invalid')).toBe('true');
    expect(input.attributes.get('aria-describedby')).toBe('field-evidenceLinks-1-url-error');
    expect(textContent(byId(root, 'field-evidenceLinks-1-url-error'))).toContain(
      'Alamat tautan (Tautan bukti ke-2)',
    );
    expect(closest(input, 'div')?.attributes.get('class')).toBe('field field--url field--error');
  });

  it('lists an error of a path the form does not show without a link, and links one inside an answer to its field', () => {
    // Prepare
    const answers = makeEveryFieldAnswers({ extra: 1, topics: ['a', 'zz'] });
    const errors = validateAnswers(everyFieldForm, answers);

    // Act
    const { root } = rendered(everyFieldForm, { answers, errors: errors.ok ? [] : errors.errors });

    // Assess
    const items = elements(byId(root, 'error-summary')).filter((e) => e.tag === 'li');
    expect(
      items.map((li) =>
        elements(li)
          .find((e) => e.tag === 'a')
          ?.attributes.get('href'),
      ),
    ).toEqual(['#field-topics', undefined]);
    expect(byId(root, 'field-topics-error')).toBeDefined();
  });

  it('renders no error summary without errors', () => {
    expect(() => byId(rendered(form, { answers: makeAnswers() }).root, 'error-summary')).toThrow();
  });
});

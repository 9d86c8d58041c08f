import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { browserScripts } from '#functions/platform/web/browser-scripts.ts';
import { makeAnswers } from '../builders.ts';
import { conditionalAnswers, conditionalForm } from './conditional-form.ts';
import { fakePage, runVisibilityScript } from './fake-document.ts';
import { byId, rendered } from './fixtures.ts';
import { closest, elements, parseHtml } from './mini-dom.ts';

describe('visibilityScript', () => {
  it('stays under 3 KB and runs as a standalone script, with no helper the page lacks', () => {
    const { body } = browserScripts.visibility;
    expect(new TextEncoder().encode(body).length).toBeLessThan(3 * 1024);
    expect(() => new Function(body)).not.toThrow();
    expect(body).not.toMatch(/__name|__require|require\(/);
  });

  it('shows a field once its condition holds and hides it again, enabling and disabling its inputs', () => {
    // Prepare
    const { root } = rendered(form, { answers: makeAnswers({ status: 'planned' }) });
    const page = fakePage(root);
    runVisibilityScript(page);
    const wrapper = closest(byId(root, 'field-peopleReached'), 'div')!;
    const radios = elements(root).filter((e) => e.attributes.get('name') === 'status');
    const choose = (status: string) => {
      for (const r of radios) r.attributes.delete('checked');
      radios.find((r) => r.attributes.get('value') === status)?.attributes.set('checked', '');
    };

    // Act
    choose('live');
    page.fire('change');
    const shown = [
      wrapper.attributes.has('hidden'),
      byId(root, 'field-peopleReached').attributes.has('disabled'),
    ];
    choose('planned');
    page.fire('input');

    // Assess
    expect(shown).toEqual([false, false]);
    expect([
      wrapper.attributes.has('hidden'),
      byId(root, 'field-peopleReached').attributes.has('disabled'),
    ]).toEqual([true, true]);
  });

  it('reaches the visibility the server rendered from any answers, starting with everything shown', () => {
    fc.assert(
      fc.property(conditionalAnswers, (answers) => {
        // Prepare
        const { markup } = rendered(conditionalForm, { answers });
        const server = parseHtml(markup);
        const page = parseHtml(markup);
        for (const e of elements(page)) {
          if (e.attributes.has('data-visible-when')) e.attributes.delete('hidden');
          e.attributes.delete('disabled');
        }

        // Act
        runVisibilityScript(fakePage(page));

        // Assess
        const state = (root: typeof page) =>
          elements(root)
            .filter((e) => e.attributes.has('data-visible-when') || e.attributes.has('name'))
            .map(
              (e) =>
                `${e.attributes.get('name') ?? e.attributes.get('data-visible-when')}:${e.attributes.has('hidden')}:${e.attributes.has('disabled')}`,
            );
        expect(state(page)).toEqual(state(server));
      }),
      { numRuns: 300 },
    );
  });
});

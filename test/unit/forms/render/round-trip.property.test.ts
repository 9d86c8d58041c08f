import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearHiddenAnswers } from '#forms/engine/clear-hidden.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { subDimensionOptions } from '#forms/smart-city-dimensions.ts';
import { conditionalAnswers, conditionalForm } from './conditional-form.ts';
import { rendered } from './fixtures.ts';
import { formEntries } from './mini-dom.ts';

/** Text that is not blank: blank answers come back absent, as empty ones do. */
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.constantFrom('"><script>alert(1)</script>', "O'Brien & <b>", '  padded  '),
    )
    .filter((s) => s.trim() !== '' && s.length <= maxLength);
const lines = fc.array(text(60), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'));
const day = fc
  .record({
    y: fc.integer({ min: 2000, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const secureAddress = fc.constantFrom('https://sikoja.jambikota.go.id', 'https://a.id/<x>?b=1&c="2"');
const webAddress = fc.oneof(secureAddress, fc.constant('http://e-yankel.id/a?b=1'));
const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const fileRef = fc.record({
  fileId: fc.stringMatching(/^[A-Za-z0-9-]{1,26}$/),
  sha256: hex,
  name: text(40),
  contentType: fc.constantFrom('application/pdf', 'image/jpeg', 'image/png'),
  size: fc.integer({ min: 0, max: 10 * 1024 * 1024 }),
});

/** Valid answers to innovation-report: any optional answer may be absent; hidden ones are cleared. */
const validAnswers = fc
  .record(
    {
      name: text(150),
      description: lines,
      type: fc.constantFrom('application', 'service', 'process'),
      status: fc.constantFrom('planned', 'piloting', 'live'),
      launchDate: day,
      applicationUrl: webAddress,
      subDimension: fc.constantFrom(...subDimensionOptions().map((o) => o.value)),
      masterPlanProgram: fc.option(text(200), { nil: undefined }),
      peopleReached: fc.integer({ min: 0, max: 100_000_000 }),
      maturity: fc.integer({ min: 1, max: 5 }),
      evidenceDocument: fc.option(fileRef, { nil: undefined }),
      evidenceLinks: fc.array(fc.record({ title: text(150), url: secureAddress }), {
        minLength: 1,
        maxLength: 10,
      }),
    },
    {
      requiredKeys: [
        'name',
        'description',
        'type',
        'status',
        'launchDate',
        'applicationUrl',
        'subDimension',
        'peopleReached',
        'maturity',
      ],
    },
  )
  .map((answers) => clearHiddenAnswers(form, JSON.parse(JSON.stringify(answers))) as Record<string, unknown>)
  .filter((answers) => answers.evidenceDocument !== undefined || answers.evidenceLinks !== undefined);

describe('formDataToAnswers round trip', () => {
  it('reads back any valid innovation report from the inputs its rendered form posts', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom('id', 'en' as const), (answers, lang) => {
        // Prepare
        expect(validateAnswers(form, answers).ok).toBe(true);
        const { form: element } = rendered(form, { answers, lang, hiddenInputs: { revision: '1' } });

        // Act
        const parsed = formDataToAnswers(form, formEntries(element, { name: '_action', value: 'submit' }));

        // Assess
        expect(parsed).toEqual({ answers, action: { kind: 'submit' } });
      }),
      { numRuns: 200 },
    );
  });

  it('reads back the visible answers, whatever is hidden, from a form with conditions', () => {
    fc.assert(
      fc.property(conditionalAnswers, (answers) => {
        const { form: element } = rendered(conditionalForm, { answers });
        const parsed = formDataToAnswers(conditionalForm, formEntries(element));
        expect(parsed.answers).toEqual(clearHiddenAnswers(conditionalForm, answers));
      }),
      { numRuns: 200 },
    );
  });
});

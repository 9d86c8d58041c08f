import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formErrorCodes } from '#forms/engine/error-codes.ts';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { makeAnswers, makeFileRef } from '../builders.ts';
import { everyFieldForm } from '../every-field-form.ts';
import { conforms } from '../json-schema-check.ts';

const codes = new Set<string>(formErrorCodes);
const sample = makeAnswers();

/** Any JSON-like value, or one of the values that answers of a real field take. */
const answerValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    '   ',
    null,
    [],
    0,
    -1,
    3,
    2.5,
    'planned',
    'live',
    'application',
    '2020-02-30',
    'https://a.id',
  ),
  fc.constantFrom(...Object.values(sample)),
);

/** Answers to innovation-report that are often nearly valid: the sample with some keys changed or dropped. */
const nearlyValid = fc
  .record({
    changes: fc.dictionary(fc.constantFrom(...Object.keys(sample), 'extra'), answerValue, { maxKeys: 3 }),
    dropped: fc.subarray(Object.keys(sample), { maxLength: 3 }),
  })
  .map(({ changes, dropped }) => {
    const answers: Record<string, unknown> = { ...sample, ...changes };
    for (const key of dropped) delete answers[key];
    return answers;
  });

const status = fc.constantFrom('planned', 'piloting', 'live');
const link = fc.record({
  title: fc.string({ minLength: 1, maxLength: 20 }),
  url: fc.constantFrom('https://a.id/x', 'http://a.id'),
});
const generated = fc.record(
  {
    name: fc.string({ maxLength: 160 }),
    description: fc.string({ maxLength: 40 }),
    type: fc.constantFrom('application', 'service', 'process'),
    status,
    launchDate: fc.option(fc.constantFrom('2001-01-31', '1999-01-01', '2024-02-29'), { nil: null }),
    applicationUrl: fc.constantFrom('https://sikoja.jambikota.go.id', 'http://e-yankel.id', '', 'sikoja'),
    subDimension: fc.constantFrom('governance.public-services', 'environment.waste', 'economy'),
    peopleReached: fc.option(fc.integer({ min: -5, max: 1e9 }), { nil: null }),
    maturity: fc.integer({ min: 0, max: 6 }),
    evidenceDocument: fc.option(fc.constant(makeFileRef()), { nil: null }),
    evidenceLinks: fc.array(link, { maxLength: 12 }),
  },
  { requiredKeys: [] },
);

describe('validateAnswers properties', () => {
  it('returns ok or errors, and never throws, whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), nearlyValid, generated),
        fc.constantFrom(innovationReportForm, everyFieldForm),
        (answers, form) => {
          // Act
          const result = validateAnswers(form, answers);

          // Assess
          if (result.ok) return;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(codes.has(error.code)).toBe(true);
            expect(error.message.id.length).toBeGreaterThan(0);
            expect(error.message.en.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts nothing that the exported JSON Schema refuses', () => {
    const schema = toJsonSchema(innovationReportForm);
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(nearlyValid, generated), (answers) => {
        if (!validateAnswers(innovationReportForm, answers).ok) return;
        accepted++;
        expect(conforms(schema, JSON.parse(JSON.stringify(answers)))).toBe(true);
      }),
      { numRuns: 500 },
    );
    // Guards against a generator that never produces valid answers, which would make this test vacuous.
    expect(accepted).toBeGreaterThan(20);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formErrorCodes } from '#forms/engine/error-codes.ts';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { nearly } from '../answer-arbitraries.ts';
import { makeAnswers, makeFileRef } from '../builders.ts';
import { edgeCaseForm, makeEdgeCaseAnswers } from '../edge-case-form.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { schemaAccepts } from '../json-schema-ajv.ts';
import { urlText } from '../url-arbitraries.ts';
import { blankText, contentTypeText, textNear } from '../value-arbitraries.ts';

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
// Addresses in every case the WHATWG parser repairs or refuses: scheme case, one slash or a
// backslash, user info, non-ASCII hosts and paths, characters a URL may not hold as typed.
const link = fc.record({
  title: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), blankText),
  url: fc.oneof(urlText, fc.constantFrom('https://a.id/x', 'http://a.id')),
});
const generated = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 160 }), textNear(150)),
    description: fc.oneof(fc.string({ maxLength: 40 }), blankText),
    type: fc.constantFrom('application', 'service', 'process'),
    status,
    launchDate: fc.option(fc.constantFrom('2001-01-31', '1999-01-01', '2024-02-29'), { nil: null }),
    applicationUrl: fc.oneof(urlText, fc.constantFrom('https://sikoja.jambikota.go.id', '', 'sikoja')),
    subDimension: fc.constantFrom('governance.public-services', 'environment.waste', 'economy'),
    peopleReached: fc.option(fc.integer({ min: -5, max: 1e9 }), { nil: null }),
    maturity: fc.integer({ min: 0, max: 6 }),
    evidenceDocument: fc.option(
      contentTypeText(['application/pdf', 'image/jpeg', 'image/png']).map((contentType) =>
        makeFileRef({ contentType }),
      ),
      { nil: null },
    ),
    evidenceLinks: fc.array(link, { maxLength: 12 }),
  },
  { requiredKeys: [] },
);

/** Each form with answers that are often valid; the edge-case form has a pattern that matches blanks. */
const forms = [
  { form: innovationReportForm, answers: fc.oneof(nearlyValid, generated) },
  { form: everyFieldForm, answers: nearly(everyFieldForm, makeEveryFieldAnswers(), { changes: 3 }) },
  { form: edgeCaseForm, answers: nearly(edgeCaseForm, makeEdgeCaseAnswers(), { changes: 3 }) },
];

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

  it.each(forms)(
    'accepts nothing to $form.id that the exported JSON Schema refuses, as ajv reads it',
    ({ form, answers }) => {
      const schema = toJsonSchema(form);
      let accepted = 0;
      fc.assert(
        fc.property(answers, (generatedAnswers) => {
          // Answers arrive as JSON, so both sides judge the same plain data.
          const json = JSON.parse(JSON.stringify(generatedAnswers)) as unknown;
          const result = validateAnswers(form, json);
          if (!result.ok) return;
          accepted++;
          expect(schemaAccepts(schema, json)).toBe(true);
          // What the engine stores (normalized addresses and content types) conforms as well.
          expect(schemaAccepts(schema, result.value)).toBe(true);
        }),
        { numRuns: 1000 },
      );
      // Guards against a generator that never produces valid answers, which would make this test vacuous.
      expect(accepted).toBeGreaterThan(20);
    },
  );
});

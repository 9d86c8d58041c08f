import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formFields } from '#forms/engine/rules.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { createLocalFunctions, type LocalHandler } from '#infra/local/functions.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { invoke, tickingClock } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';
import { createTestPorts } from '#test/support/test-ports.ts';

const fieldIds = formFields(innovationReportForm).map((field) => field.id);
const validAnswers = makeInnovationAnswers();
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Valid answers, or answers near them: some replaced by anything, some left out. */
const perturbedAnswers = fc
  .record({
    replaced: fc.dictionary(fc.constantFrom(...fieldIds), anyJson, { maxKeys: 2 }),
    dropped: fc.subarray(fieldIds, { maxLength: 2 }),
  })
  .map(({ replaced, dropped }) =>
    Object.fromEntries(
      Object.entries({ ...validAnswers, ...replaced }).filter(([key]) => !dropped.includes(key)),
    ),
  );
const nearlyValidAnswers = fc.oneof(fc.constant(validAnswers), perturbedAnswers);

const answers = fc.oneof(
  { arbitrary: nearlyValidAnswers, weight: 3 },
  fc.dictionary(fc.constantFrom(...fieldIds, 'extra', '__proto__', 'constructor', ''), anyJson),
  anyJson,
);

/** Mostly left out (JSON.stringify drops undefined), sometimes `arbitrary`. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, arbitrary);

/** Bodies with the keys of a submission, holding anything, plus keys that are not. */
const submissionLike = (draftIds: string[]) =>
  fc
    .record({
      formVersion: fc.oneof(
        { arbitrary: fc.constant(1), weight: 4 },
        fc.constantFrom(undefined, 2, 0, -1, 1.5, '1'),
        anyJson,
      ),
      answers: fc.oneof({ arbitrary: answers, weight: 8 }, fc.constant(undefined)),
      draftId: sometimes(fc.oneof(fc.constantFrom(...draftIds), fc.string(), anyJson)),
      revision: sometimes(fc.oneof(fc.constantFrom(0, 1, 2, 99), anyJson)),
      extra: fc.oneof(
        { arbitrary: fc.constant({}), weight: 3 },
        fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { minKeys: 1, maxKeys: 2 }),
      ),
    })
    .map(({ extra, ...body }) => ({ ...extra, ...body }));

const bodies = (draftIds: string[]) =>
  fc.oneof(
    anyJson.map((value) => JSON.stringify(value)),
    { arbitrary: submissionLike(draftIds).map((body) => JSON.stringify(body)), weight: 3 },
    // Not JSON: text, and submissions cut short
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    submissionLike(draftIds).chain((body) => {
      const text = JSON.stringify(body);
      return fc.nat({ max: text.length - 1 }).map((end) => text.slice(0, end));
    }),
  );

describe('api: submissions of arbitrary bodies', () => {
  let api: LocalHandler;
  let dump: () => Promise<Record<string, unknown>[]>;
  let token: string;
  let draftIds: string[];

  beforeAll(async () => {
    const { table, ports } = await createTestPorts(tickingClock('2026-03-02T01:00:00.000Z'));
    api = createLocalFunctions(ports).api as LocalHandler;
    dump = table.dump;
    token = ports.issuer.issue(people.operatorA.claims);
    const draft = await invoke(api, {
      routeKey: 'POST /api/forms/{formId}/drafts',
      pathParameters: { formId },
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ formVersion: 1, answers: {} }),
    });
    draftIds = [draft.body.draft.draftId];
  });

  it('never fails with 5xx, explains every refusal in both languages, and writes only on 201', async () => {
    // Prepare
    let before = await dump();
    const statuses = new Map<number, number>();

    // Act
    await fc.assert(
      fc.asyncProperty(bodies(draftIds), async (body) => {
        const response = await invoke(api, {
          routeKey: 'POST /api/forms/{formId}/submissions',
          pathParameters: { formId },
          headers: { authorization: `Bearer ${token}` },
          body,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

        // Assess
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.body.error.code).toEqual(expect.any(String));
          expect(response.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
        }
        const after = await dump();
        if (response.status !== 201) expect(after).toEqual(before);
        before = after;
      }),
      { numRuns: 1000 },
    );

    // Assess: the bodies reached past the parser, and some were good enough to store
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect(statuses.get(201)).toBeGreaterThan(0);
  }, 120_000);
});

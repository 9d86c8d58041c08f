import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { reviewDepsOf } from '#functions/assessment/review-deps.ts';
import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { submit } from '#functions/submissions/submit.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { person } from '#test/support/api-people.ts';
import { selfAssessmentAnswers } from '#test/support/self-assessment-answers.ts';

const city = 'jambi';
const opd = 'rsud';
const indicators = responsibleIndicators(smartCityInstrument2026, opd).map((i) => i.id);
const lead = person('lead evaluator', 'evaluator', city, ['evaluator']);
const verifier = person('its verifier', 'evaluator-uin', city, ['evaluator']);
const otherEvaluator = person('another evaluator', 'evaluator-unja', city, ['evaluator']);
const admin = person('admin', 'admin', city, ['admin']);
const operator = person('the OPD operator', 'operator-rsud', city, ['opd-operator'], opd);
const byIndicator = <T>(value: T) => Object.fromEntries(indicators.map((i) => [i, value]));

describe("an OPD's scores of its self-assessment, through the API", () => {
  let api: RunningApi;
  let revision: number;

  beforeAll(async () => {
    api = await startApi();
    await seedDemoCity(api.ports.directory, api.ports.people);
    await api.ports.instruments.put(city, smartCityInstrument2026);
    // The cycle's kick-off opens the OPD's self-assessment obligation, which the review keeps in step.
    await startCycle(api.ports, api.ports.clock, {
      city,
      year: 2026,
      phases: { [selfAssessmentPhase]: { due: '2026-11-13', closes: '2026-11-27' } },
    });
    const functions = createLocalFunctions(api.ports);
    const runner = new LocalWorkflowRunner(
      loadWorkflowDefinitions(inject('assemblyDir')),
      functions,
      api.ports.clock,
      { retryIntervalMs: 0 },
    );
    expect((await runner.start('cycle-kickoff', { city, year: 2026 })).status).toBe('SUCCEEDED');
    // Submitted as the OPD would, claiming level 4 everywhere; the review opened as the workflow would.
    const submissions = { ...submissionDepsOf({ ...api.ports, newId: randomUUID }), onSubmitted: undefined };
    const identity = { subject: 'operator-rsud', city, opd, roles: ['opd-operator' as const] };
    const answers = selfAssessmentAnswers(smartCityInstrument2026, opd, () => 4);
    const { submission } = await submit(submissions, identity, 'self-assessment', {
      formVersion: 1,
      answers,
    });
    const opened = await openReview(reviewDepsOf({ ...api.ports, newId: randomUUID }), {
      city,
      year: 2026,
      opd,
      submissionId: submission.submissionId,
      verifier: 'evaluator-uin',
      due: '2026-11-27',
      claimed: byIndicator(4 as const),
    });
    revision = opened.review.revision;
  });

  afterAll(async () => {
    await api.stop();
  });

  it('gives the self score alone before anything is verified', async () => {
    // Act
    const response = await api.as(verifier).get(`/api/reviews/2026/${opd}/scores`);

    // Assess: every claim at 4 is an index of 4, "Sangat Baik"; nothing verified, nothing final
    expect(response.status).toBe(200);
    expect(response.body.instrument).toEqual({ id: 'smart-city', version: 1 });
    expect(response.body.scores.self).toMatchObject({ index: 4, band: 'sangat-baik' });
    expect(response.body.scores.verified).toEqual({
      index: null,
      band: null,
      dimensions: {},
      subDimensions: {},
      aspects: {},
    });
    expect(response.body.scores.final.index).toBeNull();
    expect(response.body.overClaims).toEqual([]);
  });

  it('keeps self, verified and final apart once verified lower and accepted, and lists each over-claim', async () => {
    // Prepare: every level verified at 3, then accepted
    const decider = api.as(verifier);
    const levels = byIndicator({ level: 3 });
    const verified = await decider.post(`/api/reviews/2026/${opd}/verification`, { revision, levels });
    expect([verified.status, verified.body]).toEqual([200, expect.anything()]);
    const accepted = await decider.post(`/api/reviews/2026/${opd}/acceptance`, {
      revision: verified.body.review.revision,
    });
    expect([accepted.status, accepted.body]).toEqual([200, expect.anything()]);

    // Act
    const response = await api.as(admin).get(`/api/reviews/2026/${opd}/scores`);

    // Assess: self 4 ("Sangat Baik"); verified and final 3 ("Baik"), in every dimension it is assessed in
    expect(response.status).toBe(200);
    const { self, verified: checked, final } = response.body.scores;
    expect([self.index, self.band, checked.index, checked.band, final.index, final.band]).toEqual([
      4,
      'sangat-baik',
      3,
      'baik',
      3,
      'baik',
    ]);
    expect(Object.values(self.dimensions)).toEqual(Object.keys(self.dimensions).map(() => 4));
    expect(Object.values(final.dimensions)).toEqual(Object.keys(self.dimensions).map(() => 3));
    expect(response.body.overClaims).toEqual(
      indicators.map((indicator) => ({ opd, indicator, self: 4, verified: 3, difference: 1 })),
    );
  });

  it.each([
    { caller: lead, status: 200 },
    { caller: otherEvaluator, status: 403 },
    { caller: operator, status: 403 },
  ])('answers $caller.label with $status', async ({ caller, status }) => {
    // Act
    const response = await api.as(caller).get(`/api/reviews/2026/${opd}/scores`);

    // Assess
    expect(response.status).toBe(status);
  });

  it('answers 404 for an OPD without a review', async () => {
    // Act
    const response = await api.as(lead).get('/api/reviews/2026/bappeda/scores');

    // Assess
    expect(response.status).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { accept } from '#functions/assessment/accept-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import { reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { obligationAccepted, obligationRevisionRequested } from '#functions/obligations/review-loop.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { submit } from '#functions/submissions/submit.ts';
import { type CycleRuntime, city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';
import { selfAssessmentAnswers } from '#test/support/self-assessment-answers.ts';

const opd = 'diskominfo';

/** The plain-text part of an outbox email, decoded. */
function plainText(eml: string): string {
  const part =
    /Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(
      eml,
    );
  return Buffer.from(part?.[1]?.replace(/\s/g, '') ?? '', 'base64').toString('utf8');
}
const operator: Identity = { subject: `operator-${opd}`, city, opd, roles: ['opd-operator'] };
const obligationId = obligationIdOf(city, year, opd, 'self-assessment');

describe('the self-assessment, from kick-off through the submission-review workflow to acceptance', () => {
  let rt: CycleRuntime;
  let reviewDeps: ReviewDeps;
  const submitNow = (answers = selfAssessmentAnswers(smartCityInstrument2026, opd)) =>
    submit(
      { ...submissionDepsOf({ ...rt.ports, newId: randomUUID }), newId: randomUUID },
      operator,
      'self-assessment',
      { formVersion: 1, answers },
    );

  beforeAll(async () => {
    rt = await createCycleRuntime({ start: '2026-10-05T01:00:00.000Z' });
    await rt.seedSmallCity();
    await rt.ports.instruments.put(city, smartCityInstrument2026);
    await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, { city, year });
    const kickoff = await rt.workflows.start('cycle-kickoff', { city, year });
    expect(kickoff.status).toBe('SUCCEEDED');
    reviewDeps = {
      reviews: rt.ports.reviews,
      clock: rt.clock,
      newId: randomUUID,
      timeZoneOf: (c) => timeZoneOfCity(rt.ports.directory, c),
    };
  });

  it('opens a self-assessment, due in the second week of November, for every OPD the instrument names', async () => {
    // Act
    const obligation = await rt.ports.obligations.get(obligationId);

    // Assess
    expect(obligation).toMatchObject({ status: 'open', due: '2026-11-13', closes: '2026-11-27' });
    const kickoffs = rt.outbox().filter((m) => m.obligationId === obligationId && m.slot === 'kickoff');
    const operators = await rt.ports.people.ofOpd(city, opd, 'opd-operator');
    expect(kickoffs.map((m) => m.to).sort()).toEqual(operators.map((p) => p.email).sort());
    expect(kickoffs.length).toBeGreaterThan(0);
  });

  it('on submit, opens the review with an eligible verifier, due ten working days on, and emails them a signed link', async () => {
    // Act
    const { submission } = await submitNow();

    // Assess
    const review = await rt.ports.reviews.get(city, year, opd);
    expect(review).toMatchObject({ submissionId: submission.submissionId, status: 'in_review', round: 1 });
    expect(review?.verifier).toMatch(/^evaluator/);
    // Submitted Monday 5 October 2026: ten working days on is Monday 19 October.
    expect(review?.due).toBe('2026-10-19');
    expect(Object.keys(review?.indicators ?? {}).sort()).toEqual(
      responsibleIndicators(smartCityInstrument2026, opd)
        .map((i) => i.id)
        .sort(),
    );
    expect((await rt.ports.obligations.get(obligationId))?.status).toBe('under_review');
    const told = rt.outbox().filter((m) => m.key.startsWith(`review#${city}#${year}.${opd}#1#`));
    expect(told).toHaveLength(1);
    const verifier = await rt.ports.people.get(city, review?.verifier ?? '');
    expect(told[0]?.to).toBe(verifier?.email);
    expect(plainText(rt.ports.outbox.read(told[0]?.file ?? ''))).toMatch(
      /Buka penilaian:\nhttp:\/\/localhost:3000\/l\/\S+/,
    );
  });

  it('a revision request makes the obligation owed again by its date; the resubmission goes to the same verifier', async () => {
    // Prepare
    const first = await rt.ports.reviews.get(city, year, opd);
    if (!first) throw new Error('no review');
    const caller = await reviewCallerOf(rt.ports.people, {
      subject: first.verifier,
      city,
      roles: ['evaluator'],
    });
    const [indicator = ''] = Object.keys(first.indicators);
    const levels = Object.fromEntries(Object.keys(first.indicators).map((i) => [i, { level: 3 as const }]));
    levels[indicator] = { level: 2, note: 'SOP belum ditetapkan dengan SK.' } as never;
    const verified = await recordVerification(reviewDeps, caller, {
      year,
      opd,
      revision: first.revision,
      levels,
    });

    // Act
    await requestRevision(reviewDeps, caller, {
      year,
      opd,
      revision: verified.review.revision,
      comments: { [indicator]: 'Lampirkan SK penetapan SOP.' },
      due: '2026-10-16',
    });
    await obligationRevisionRequested(rt.obligationDeps, caller.identity.subject, obligationId, '2026-10-16');
    const owed = await rt.ports.obligations.get(obligationId);
    const { submission } = await submitNow();

    // Assess
    expect(owed).toMatchObject({ status: 'revision_requested', due: '2026-10-16', deadlineVersion: 2 });
    const second = await rt.ports.reviews.get(city, year, opd);
    expect(second).toMatchObject({
      round: 2,
      status: 'in_review',
      verifier: first.verifier,
      submissionId: submission.submissionId,
    });
    expect(second?.indicators[indicator]).toMatchObject({ claimed: 3, verified: 2 });
    expect((await rt.ports.obligations.get(obligationId))?.status).toBe('under_review');
    expect(rt.outbox().filter((m) => m.key.startsWith(`review#${city}#${year}.${opd}#2#`))).toHaveLength(1);
  });

  it('acceptance closes the review and the obligation, and the verifier load counts one review', async () => {
    // Prepare
    const review = await rt.ports.reviews.get(city, year, opd);
    if (!review) throw new Error('no review');
    const caller = await reviewCallerOf(rt.ports.people, {
      subject: review.verifier,
      city,
      roles: ['evaluator'],
    });

    // Act
    await accept(reviewDeps, caller, { year, opd, revision: review.revision });
    await obligationAccepted(rt.obligationDeps, caller.identity.subject, obligationId);

    // Assess
    expect((await rt.ports.reviews.get(city, year, opd))?.status).toBe('accepted');
    expect((await rt.ports.obligations.get(obligationId))?.status).toBe('accepted');
    expect([...(await rt.ports.reviews.loads(city, year))]).toEqual([[review.verifier, 1]]);
    expect(rt.failures).toEqual([]);
  });
});

/** A small city's cycle whose Diskominfo submitted its self-assessment on Monday 5 October 2026. */
async function submittedOn5October(levelOf?: (indicator: string) => number) {
  const rt = await createCycleRuntime({ start: '2026-10-05T01:00:00.000Z' });
  await rt.seedSmallCity();
  await rt.ports.instruments.put(city, smartCityInstrument2026);
  await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, { city, year });
  expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  await submit(
    { ...submissionDepsOf({ ...rt.ports, newId: randomUUID }), newId: randomUUID },
    operator,
    'self-assessment',
    { formVersion: 1, answers: selfAssessmentAnswers(smartCityInstrument2026, opd, levelOf) },
  );
  return rt;
}

describe("a round's due date, with nobody deciding it", () => {
  it('reminds the verifier the working day before, and tells the lead evaluator the working day after', async () => {
    // Prepare: a submitted self-assessment, its round due Monday 19 October
    const rt = await submittedOn5October();
    const review = await rt.ports.reviews.get(city, year, opd);
    const ofReview = (slot: string) =>
      rt.outbox().filter((m) => m.key.startsWith(`review-${slot}#${city}#${year}.${opd}#1#`));

    // Act: to the morning of Friday 16 October, then of Tuesday 20 October
    await rt.advanceTo('2026-10-16T01:00:00.000Z');
    const reminded = ofReview('reminder');
    await rt.advanceTo('2026-10-20T01:00:00.000Z');

    // Assess
    const verifier = await rt.ports.people.get(city, review?.verifier ?? '');
    expect(reminded.map((m) => [m.to, m.date])).toEqual([[verifier?.email, '2026-10-16T01:00:00.000Z']]);
    const leads = (await rt.ports.people.evaluators(city)).filter((p) => p.lead);
    expect(ofReview('escalation').map((m) => m.to)).toEqual(leads.map((p) => p.email));
    expect(ofReview('reminder')).toHaveLength(1);
    expect(rt.failures).toEqual([]);
  });

  it('sends nothing for a round that was decided, or that a later round replaced', async () => {
    // Prepare: the same round, accepted before its reminder
    const rt = await submittedOn5October(() => 1);
    const review = await rt.ports.reviews.get(city, year, opd);
    if (!review) throw new Error('no review');
    const deps: ReviewDeps = {
      reviews: rt.ports.reviews,
      clock: rt.clock,
      newId: randomUUID,
      timeZoneOf: async () => 'Asia/Jakarta',
    };
    const caller = {
      identity: { subject: review.verifier, city, roles: ['evaluator' as const] },
      lead: false,
    };
    const levels = Object.fromEntries(Object.keys(review.indicators).map((i) => [i, { level: 1 as const }]));
    const verified = await recordVerification(deps, caller, { year, opd, revision: review.revision, levels });
    await accept(deps, caller, { year, opd, revision: verified.review.revision });

    // Act
    await rt.advanceTo('2026-10-21T01:00:00.000Z');

    // Assess
    expect(rt.outbox().filter((m) => m.key.startsWith('review-'))).toEqual([]);
    expect(rt.failures).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { accept } from '#functions/assessment/accept-review.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { assessedLevels } from '#functions/assessment/review-model.ts';
import { levelOf } from '#functions/assessment/scoring/levels.ts';
import { callers, type movableClock, opd, opening, reviewTable } from './review-harness.ts';

describe('the review of a self-assessment, round after round, on DynamoDB Local', () => {
  let deps: ReviewDeps;
  let clock: ReturnType<typeof movableClock>;
  const queueOf = async () => (await deps.reviews.queue('jambi', 'ev-1', { limit: 10 })).entries;

  beforeAll(async () => {
    ({ deps, clock } = await reviewTable());
  });

  it("opens round 1 in the verifier's queue, with the claimed levels", async () => {
    // Act
    const { review, replayed } = await openReview(deps, opening());

    // Assess
    expect(replayed).toBe(false);
    expect(review).toMatchObject({
      reviewId: `2026.${opd}`,
      status: 'in_review',
      round: 1,
      verifier: 'ev-1',
      revision: 1,
      indicators: { 'gov-ps-01': { claimed: 4 }, 'gov-ps-02': { claimed: 3 }, 'liv-hl-01': { claimed: 5 } },
    });
    expect(await deps.reviews.get('jambi', 2026, opd)).toEqual(review);
    expect(await queueOf()).toEqual([
      {
        city: 'jambi',
        year: 2026,
        opd,
        reviewId: `2026.${opd}`,
        submissionId: 'sub-1',
        round: 1,
        due: '2026-11-16',
      },
    ]);
  });

  it('records verified levels and notes, and asks for a revision of one indicator', async () => {
    // Prepare
    clock.set('2026-11-05T03:00:00.000Z');

    // Act
    const verified = await recordVerification(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: 1,
      levels: { 'gov-ps-01': { level: 2, note: 'SOP belum disahkan' }, 'gov-ps-02': { level: 3 } },
    });
    const returned = await requestRevision(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: 2,
      comments: { 'gov-ps-01': 'Lampirkan SOP yang sudah ditandatangani.' },
      due: '2026-11-20',
    });

    // Assess
    expect(verified.review.indicators['gov-ps-01']).toEqual({
      claimed: 4,
      verified: 2,
      note: 'SOP belum disahkan',
    });
    expect(returned.review).toMatchObject({
      status: 'revision_requested',
      revisionDue: '2026-11-20',
      revision: 3,
      decidedBy: 'ev-1',
      decidedAt: '2026-11-05T03:00:00.000Z',
    });
    expect(returned.review.indicators['gov-ps-01']?.revisionComment).toBe(
      'Lampirkan SOP yang sudah ditandatangani.',
    );
    expect(await queueOf()).toEqual([]);
  });

  it('opens round 2 on resubmission: same verifier, new claims, earlier verified levels and notes kept', async () => {
    // Prepare
    clock.set('2026-11-10T01:00:00.000Z');

    // Act
    const { review } = await openReview(
      deps,
      opening({
        submissionId: 'sub-2',
        due: '2026-11-24',
        claimed: { 'gov-ps-01': 3, 'gov-ps-02': 3, 'liv-hl-01': 4 },
      }),
    );

    // Assess
    expect(review).toMatchObject({
      status: 'in_review',
      round: 2,
      submissionId: 'sub-2',
      verifier: 'ev-1',
      revision: 4,
    });
    expect(review.revisionDue).toBeUndefined();
    expect(review.indicators).toEqual({
      'gov-ps-01': { claimed: 3, verified: 2, note: 'SOP belum disahkan' },
      'gov-ps-02': { claimed: 3, verified: 3 },
      'liv-hl-01': { claimed: 4 },
    });
    expect((await queueOf()).map((e) => [e.round, e.due])).toEqual([[2, '2026-11-24']]);
  });

  it('verifies the rest and accepts: the verified levels are final and the queue is empty', async () => {
    // Act
    await recordVerification(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: 4,
      levels: { 'gov-ps-01': { level: 3, note: 'SOP lengkap' }, 'liv-hl-01': { level: 4 } },
    });
    const { review } = await accept(deps, callers.verifier, { year: 2026, opd, revision: 5 });

    // Assess
    expect(review).toMatchObject({ status: 'accepted', round: 2, revision: 6 });
    expect(assessedLevels(review).map((l) => [l.indicator, levelOf(l, 'final')])).toEqual([
      ['gov-ps-01', 3],
      ['gov-ps-02', 3],
      ['liv-hl-01', 4],
    ]);
    expect(await deps.reviews.get('jambi', 2026, opd)).toEqual(review);
    expect(await queueOf()).toEqual([]);
  });

  it('keeps one audit event per change, with who, when, before and after', async () => {
    // Act
    const history = await deps.reviews.history('jambi', `2026.${opd}`);

    // Assess
    expect(history.map((e) => [e.action, e.actor, e.at])).toEqual([
      ['review.opened', 'system:submission-review', '2026-11-02T02:00:00.000Z'],
      ['review.verified', 'ev-1', '2026-11-05T03:00:00.000Z'],
      ['review.revision_requested', 'ev-1', '2026-11-05T03:00:00.000Z'],
      ['review.reopened', 'system:submission-review', '2026-11-10T01:00:00.000Z'],
      ['review.verified', 'ev-1', '2026-11-10T01:00:00.000Z'],
      ['review.accepted', 'ev-1', '2026-11-10T01:00:00.000Z'],
    ]);
    expect(
      history.map((e) => [
        (e.before as { revision?: number } | null)?.revision ?? null,
        (e.after as { revision: number }).revision,
      ]),
    ).toEqual([
      [null, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
    expect(history[1]).toMatchObject({
      city: 'jambi',
      opd,
      entity: { type: 'review', id: `2026.${opd}` },
      before: { indicators: { 'gov-ps-01': { verified: null, note: null } } },
      after: { indicators: { 'gov-ps-01': { verified: 2, note: 'SOP belum disahkan' } } },
    });
    expect(history[5]?.after).toEqual({
      revision: 6,
      status: 'accepted',
      final: { 'gov-ps-01': 3, 'gov-ps-02': 3, 'liv-hl-01': 4 },
    });
  });
});

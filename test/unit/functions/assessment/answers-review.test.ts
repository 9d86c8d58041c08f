import { describe, expect, it } from 'vitest';
import { createAnswersReview } from '#functions/assessment/answers-review.ts';
import type { Review } from '#functions/assessment/review-model.ts';

const review: Review = {
  city: 'jambi',
  year: 2026,
  opd: 'diskominfo',
  reviewId: '2026.diskominfo',
  submissionId: 'sub-1',
  verifier: 'evaluator-uin',
  status: 'revision_requested',
  round: 1,
  due: '2026-11-24',
  revisionDue: '2026-12-01',
  indicators: {
    'gov-ps-01': { claimed: 4, verified: 3, note: 'SOP belum ber-SK.', revisionComment: 'Lampirkan SK SOP.' },
    'gov-ps-02': { claimed: 3, verified: 3 },
  },
  openedAt: '2026-11-10T01:00:00.000Z',
  openedBy: 'system:submission-review',
  lastChange: { command: 'requestRevision', onRevision: 2, digest: 'x' },
  revision: 3,
};

const reviewOf = (stored: Review | undefined, withCycle = true) =>
  createAnswersReview(
    {
      get: async (_city, year, opd) =>
        stored && year === stored.year && opd === stored.opd ? stored : undefined,
    },
    {
      getCity: async () => ({
        city: 'jambi',
        name: 'Kota Jambi',
        timeZone: 'Asia/Jakarta',
        secretary: 'sekda',
        ...(withCycle ? { currentYear: 2026 } : {}),
      }),
    },
  );

describe('what the OPD sees of the review of its self-assessment', () => {
  it('while a revision is asked: the comment beside the level of each indicator to revise, no verified level', async () => {
    const seen = await reviewOf(review)({ city: 'jambi', opd: 'diskominfo', formId: 'self-assessment' });
    expect(seen?.revisionRequested).toBe(true);
    expect(seen?.submissionId).toBe('sub-1');
    expect([...(seen?.notes ?? [])]).toEqual([
      [
        'govPs01Level',
        [
          {
            title: { id: 'Permintaan perbaikan dari verifikator', en: "The verifier's revision request" },
            text: 'Lampirkan SK SOP.',
          },
        ],
      ],
    ]);
  });

  it('once accepted: each verified level with the verifier’s note', async () => {
    const accepted = { ...review, status: 'accepted' as const };
    const seen = await reviewOf(accepted)({ city: 'jambi', opd: 'diskominfo', formId: 'self-assessment' });
    expect(seen?.revisionRequested).toBe(false);
    expect(seen?.notes.get('govPs01Level')).toEqual([
      { title: { id: 'Tingkat terverifikasi: 3', en: 'Verified level: 3' }, text: 'SOP belum ber-SK.' },
    ]);
    expect(seen?.notes.get('govPs02Level')?.[0]?.title.en).toBe('Verified level: 3');
  });

  it('says nothing while the review is under way, of another form, or without a cycle', async () => {
    const inReview = { ...review, status: 'in_review' as const };
    expect(
      (await reviewOf(inReview)({ city: 'jambi', opd: 'diskominfo', formId: 'self-assessment' }))?.notes.size,
    ).toBe(0);
    expect(
      await reviewOf(review)({ city: 'jambi', opd: 'diskominfo', formId: 'innovation-report' }),
    ).toBeUndefined();
    expect(
      await reviewOf(review, false)({ city: 'jambi', opd: 'diskominfo', formId: 'self-assessment' }),
    ).toBeUndefined();
  });
});

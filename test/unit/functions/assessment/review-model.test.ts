import { describe, expect, it } from 'vitest';
import { assessedLevels, type Review } from '#functions/assessment/review-model.ts';
import { levelOf } from '#functions/assessment/scoring/levels.ts';

const review = {
  opd: 'dinas-kesehatan',
  status: 'in_review',
  indicators: { 'gov-ps-01': { claimed: 4, verified: 3 }, 'gov-ps-02': { claimed: 2 } },
} as unknown as Review;

describe('a review as scoring reads it', () => {
  it('gives self and verified levels, and no final level before acceptance', () => {
    // Act
    const levels = assessedLevels(review);

    // Assess
    expect(levels).toEqual([
      { opd: 'dinas-kesehatan', indicator: 'gov-ps-01', self: 4, verified: 3 },
      { opd: 'dinas-kesehatan', indicator: 'gov-ps-02', self: 2 },
    ]);
    expect(levels.map((l) => levelOf(l, 'final'))).toEqual([undefined, undefined]);
  });

  it('makes the verified levels final once the review is accepted', () => {
    // Act
    const levels = assessedLevels({
      ...review,
      status: 'accepted',
      indicators: { 'gov-ps-01': { claimed: 4, verified: 3 } },
    });

    // Assess
    expect(levels.map((l) => levelOf(l, 'final'))).toEqual([3]);
  });

  it('makes the level a visit found final once the review is accepted, and leaves the verified level as it was', () => {
    // Prepare
    const finding = {
      observed: 'Belum terintegrasi.',
      level: 2,
      reason: 'Tidak sesuai.',
      photos: [],
      by: 'ev-1',
      at: '2026-12-02T05:00:00.000Z',
    };

    // Act
    const inReview = assessedLevels({
      ...review,
      indicators: { 'gov-ps-01': { claimed: 4, verified: 3, finding }, 'gov-ps-02': { claimed: 2 } },
    } as unknown as Review);
    const accepted = assessedLevels({
      ...review,
      status: 'accepted',
      indicators: { 'gov-ps-01': { claimed: 4, verified: 3, finding } },
    } as unknown as Review);

    // Assess
    expect(inReview.map((l) => levelOf(l, 'final'))).toEqual([undefined, undefined]);
    expect(inReview.map((l) => levelOf(l, 'verified'))).toEqual([3, undefined]);
    expect(accepted.map((l) => levelOf(l, 'final'))).toEqual([2]);
  });
});

import { describe, expect, it } from 'vitest';
import { reviewStatuses } from '#functions/assessment/review-model.ts';
import { isClosed, nextStatus, transitions } from '#functions/assessment/review-status.ts';

describe('review status transitions', () => {
  it.each([
    ['openReview', 'revision_requested', 'in_review'],
    ['recordVerification', 'in_review', 'in_review'],
    ['requestRevision', 'in_review', 'revision_requested'],
    ['accept', 'in_review', 'accepted'],
  ] as const)('lets %s take a review from %s to %s', (command, from, to) => {
    // Act
    const next = nextStatus(command, from);

    // Assess
    expect(next).toBe(to);
  });

  it('refuses every other pair of command and status', () => {
    // Prepare
    const commands = Object.keys(transitions) as (keyof typeof transitions)[];

    // Act
    const allowed = commands.flatMap((command) =>
      reviewStatuses
        .filter((status) => nextStatus(command, status) !== undefined)
        .map((s) => `${command}@${s}`),
    );

    // Assess
    expect(allowed.sort()).toEqual(
      [
        'accept@in_review',
        'openReview@revision_requested',
        'recordVerification@in_review',
        'requestRevision@in_review',
      ].sort(),
    );
  });

  it('closes an accepted review and no other', () => {
    // Act
    const closed = reviewStatuses.filter(isClosed);

    // Assess
    expect(closed).toEqual(['accepted']);
  });
});

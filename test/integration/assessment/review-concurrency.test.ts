import { describe, expect, it } from 'vitest';
import { accept } from '#functions/assessment/accept-review.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import { callers, opd, opening, refusalOf, reviewTable } from './review-harness.ts';

const verifyAll = (revision: number, level = 3) => ({
  year: 2026,
  opd,
  revision,
  levels: { 'gov-ps-01': { level }, 'gov-ps-02': { level }, 'liv-hl-01': { level } },
});

describe('decisions made at once, and decisions sent twice', () => {
  it('stores exactly one of two decisions on the same revision, with one audit event', async () => {
    // Prepare: everything verified, at revision 2
    const { deps } = await reviewTable();
    await openReview(deps, opening());
    await recordVerification(deps, callers.verifier, verifyAll(1));

    // Act: the verifier accepts while the lead evaluator asks for a revision, both on revision 2
    const outcomes = await Promise.allSettled([
      accept(deps, callers.verifier, { year: 2026, opd, revision: 2 }),
      requestRevision(deps, callers.lead, {
        year: 2026,
        opd,
        revision: 2,
        comments: { 'gov-ps-02': 'Bukti tidak terbaca.' },
        due: '2026-11-30',
      }),
    ]);

    // Assess
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(await refusalOf(Promise.reject((lost[0] as PromiseRejectedResult).reason))).toEqual({
      kind: 'conflict',
      code: 'stale_revision',
      fields: undefined,
    });
    const stored = await deps.reviews.get('jambi', 2026, opd);
    const winner = (won[0] as PromiseFulfilledResult<{ review: { status: string } }>).value.review;
    expect(stored).toMatchObject({ revision: 3, status: winner.status });
    const decisions = (await deps.reviews.history('jambi', `2026.${opd}`)).filter(
      (e) => e.after && (e.after as { revision: number }).revision === 3,
    );
    expect(decisions).toHaveLength(1);
    const queue = (await deps.reviews.queue('jambi', 'ev-1', { limit: 10 })).entries;
    expect(queue).toEqual([]);
  });

  it('writes a retried decision once and answers the retry with the review it left', async () => {
    // Prepare
    const { deps, table } = await reviewTable();
    await openReview(deps, opening());
    const first = await recordVerification(deps, callers.verifier, verifyAll(1, 4));
    const before = await table.dump();

    // Act: the same body again, its keys in another order, after the first was stored
    const retry = await recordVerification(deps, callers.verifier, {
      levels: { 'liv-hl-01': { level: 4 }, 'gov-ps-02': { level: 4 }, 'gov-ps-01': { level: 4 } },
      revision: 1,
      opd,
      year: 2026,
    });

    // Assess
    expect(retry).toEqual({ review: first.review, replayed: true });
    expect(await table.dump()).toEqual(before);
    expect((await deps.reviews.history('jambi', `2026.${opd}`)).map((e) => e.action)).toEqual([
      'review.opened',
      'review.verified',
    ]);
  });

  it('writes one of two identical decisions sent at once, and answers both with it', async () => {
    // Prepare
    const { deps } = await reviewTable();
    await openReview(deps, opening());
    await recordVerification(deps, callers.verifier, verifyAll(1));

    // Act: a double click on "accept"
    const outcomes = await Promise.all([
      accept(deps, callers.verifier, { year: 2026, opd, revision: 2 }),
      accept(deps, callers.verifier, { year: 2026, opd, revision: 2 }),
    ]);

    // Assess
    expect(outcomes.map((o) => o.review)).toEqual([outcomes[0]?.review, outcomes[0]?.review]);
    expect(outcomes.map((o) => o.replayed).sort()).toEqual([false, true]);
    const accepted = (await deps.reviews.history('jambi', `2026.${opd}`)).filter(
      (e) => e.action === 'review.accepted',
    );
    expect(accepted).toHaveLength(1);
  });

  it("refuses the same decision by another evaluator on a stale revision: a retry is the same caller's", async () => {
    // Prepare
    const { deps } = await reviewTable();
    await openReview(deps, opening());
    await recordVerification(deps, callers.verifier, verifyAll(1));

    // Act
    const refusal = await refusalOf(recordVerification(deps, callers.lead, verifyAll(1)));

    // Assess
    expect(refusal).toEqual({ kind: 'conflict', code: 'stale_revision', fields: undefined });
  });

  it('opens a review once when the workflow step runs twice, even at once', async () => {
    // Prepare
    const { deps, table } = await reviewTable();

    // Act
    const twins = await Promise.all([openReview(deps, opening()), openReview(deps, opening())]);
    const dump = await table.dump();
    const again = await openReview(deps, opening());

    // Assess
    expect(twins.map((o) => o.replayed).sort()).toEqual([false, true]);
    expect(again).toEqual({ review: twins[0]?.review, replayed: true });
    expect(await table.dump()).toEqual(dump);
    expect((await deps.reviews.history('jambi', `2026.${opd}`)).map((e) => e.action)).toEqual([
      'review.opened',
    ]);
    expect((await deps.reviews.queue('jambi', 'ev-1', { limit: 10 })).entries).toHaveLength(1);
  });
});

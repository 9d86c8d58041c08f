import { beforeAll, describe, expect, it } from 'vitest';
import { accept } from '#functions/assessment/accept-review.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { cityReviews, verifierQueue } from '#functions/assessment/review-listings.ts';
import { callers, leakedKeys, opening, refusalOf, reviewTable } from './review-harness.ts';

/** Seven OPDs of Jambi for ev-1, due on distinct days (given out of order), and one for ev-2. */
const opds = [
  'bappeda',
  'bpbd',
  'dinas-kesehatan',
  'dinas-pendidikan',
  'dinas-sosial',
  'diskominfo',
  'dpmptsp',
];
const dueOf = (i: number) => `2026-11-${String(20 - i * 2).padStart(2, '0')}`;

describe("a verifier's queue and the city's reviews, paged", () => {
  let deps: ReviewDeps;
  let dump: () => Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    const made = await reviewTable();
    deps = made.deps;
    dump = made.table.dump;
    for (const [i, opd] of opds.entries())
      await openReview(deps, opening({ opd, submissionId: `sub-${opd}`, due: dueOf(i) }));
    await openReview(deps, opening({ opd: 'satpol-pp', submissionId: 'sub-satpol', verifier: 'ev-2' }));
    // One accepted and one returned: both leave the queue, and stay in the city's list.
    const all = { 'gov-ps-01': { level: 3 }, 'gov-ps-02': { level: 3 }, 'liv-hl-01': { level: 3 } };
    await recordVerification(deps, callers.verifier, { year: 2026, opd: 'bpbd', revision: 1, levels: all });
    await accept(deps, callers.verifier, { year: 2026, opd: 'bpbd', revision: 2 });
    await requestRevision(deps, callers.verifier, {
      year: 2026,
      opd: 'diskominfo',
      revision: 1,
      comments: { 'gov-ps-01': 'Perbarui.' },
      due: '2026-11-27',
    });
  });

  it('lists the reviews waiting for the verifier, earliest due first, page by page', async () => {
    // Act
    const seen: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await verifierQueue(deps, callers.verifier, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(page.entries.map((e) => `${e.due} ${e.opd}`));
      cursor = page.cursor;
    } while (cursor);

    // Assess
    expect(seen.flat()).toEqual([
      '2026-11-08 dpmptsp',
      '2026-11-12 dinas-sosial',
      '2026-11-14 dinas-pendidikan',
      '2026-11-16 dinas-kesehatan',
      '2026-11-20 bappeda',
    ]);
    expect(seen[0]).toHaveLength(2);
  });

  it("lets the lead evaluator read any verifier's queue and the whole cycle; no one else reads the cycle", async () => {
    // Act
    const queue = await verifierQueue(deps, callers.lead, { verifier: 'ev-2' });
    const cycle = await cityReviews(deps, callers.lead, { year: 2026, limit: 100 });
    const refusals = [
      await refusalOf(verifierQueue(deps, callers.verifier, { verifier: 'ev-2' })),
      await refusalOf(cityReviews(deps, callers.verifier, { year: 2026 })),
      await refusalOf(verifierQueue(deps, callers.operator, {})),
    ];

    // Assess
    expect(queue.entries.map((e) => e.opd)).toEqual(['satpol-pp']);
    expect(cycle.reviews).toHaveLength(8);
    expect(
      cycle.reviews
        .filter((r) => r.status !== 'in_review')
        .map((r) => [r.opd, r.status])
        .sort(),
    ).toEqual([
      ['bpbd', 'accepted'],
      ['diskominfo', 'revision_requested'],
    ]);
    expect(refusals.map((r) => r.kind)).toEqual(['forbidden', 'forbidden', 'forbidden']);
  });

  it('pages the cycle with cursors that name only its own index entries', async () => {
    // Act
    const first = await cityReviews(deps, callers.lead, { year: 2026, limit: 3 });
    const second = await cityReviews(deps, callers.lead, { year: 2026, limit: 100, cursor: first.cursor });

    // Assess
    expect(first.cursor).toBeDefined();
    expect([...first.reviews, ...second.reviews].map((r) => r.opd).sort()).toEqual(
      [...opds, 'satpol-pp'].sort(),
    );
    expect(second.cursor).toBeUndefined();
  });

  describe('forged cursors are refused as invalid_cursor, with nothing read or written', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    let key: Record<string, unknown>;
    let cycleKey: Record<string, unknown>;

    beforeAll(async () => {
      const first = await verifierQueue(deps, callers.verifier, { limit: 1 });
      key = JSON.parse(Buffer.from(first.cursor as string, 'base64url').toString('utf8'));
      expect(Object.keys(key).sort()).toEqual(['pk', 'sk']);
      const cycle = await cityReviews(deps, callers.lead, { year: 2026, limit: 1 });
      cycleKey = JSON.parse(Buffer.from(cycle.cursor as string, 'base64url').toString('utf8'));
    });

    const forgeries: [string, () => string, 'queue' | 'cycle'][] = [
      ["another verifier's queue", () => encode({ ...key, pk: 'CITY#jambi#VERIFIER#ev-2#QUEUE' }), 'queue'],
      ['another city', () => encode({ ...key, pk: 'CITY#palembang#VERIFIER#ev-1#QUEUE' }), 'queue'],
      ['a sort key of another form', () => encode({ ...key, sk: 'REVIEW' }), 'queue'],
      ['a key attribute too many', () => encode({ ...key, gsi1pk: 'x' }), 'queue'],
      ['text that is not JSON', () => 'bm90LWpzb24', 'queue'],
      [
        'another year in the index key',
        () => encode({ ...cycleKey, gsi1pk: 'CITY#jambi#CYCLE#2025#REVIEWS' }),
        'cycle',
      ],
      [
        'a review of another city',
        () => encode({ ...cycleKey, pk: 'CITY#palembang#REVIEW#2026.bappeda' }),
        'cycle',
      ],
      ["a queue's cursor on the cycle", () => encode(key), 'cycle'],
    ];

    it.each(forgeries)('refuses a cursor with %s', async (_, forge, listing) => {
      // Prepare
      const before = await dump();

      // Act
      const refusal = await refusalOf(
        listing === 'queue'
          ? verifierQueue(deps, callers.verifier, { cursor: forge() })
          : cityReviews(deps, callers.lead, { year: 2026, cursor: forge() }),
      );

      // Assess
      expect(refusal).toEqual({
        kind: 'invalid',
        code: 'invalid_request',
        fields: ['cursor invalid_cursor'],
      });
      expect(await dump()).toEqual(before);
    });

    it('accepts the cursor it handed out, unchanged', async () => {
      // Act
      const page = await verifierQueue(deps, callers.verifier, { limit: 10, cursor: encode(key) });

      // Assess
      expect(page.entries.map((e) => e.opd)).toEqual([
        'dinas-sosial',
        'dinas-pendidikan',
        'dinas-kesehatan',
        'bappeda',
      ]);
    });
  });

  it('hands out values only: no key attribute or item type in any read, though the table holds them', async () => {
    // Act
    const reads = [
      await deps.reviews.get('jambi', 2026, 'bappeda'),
      await deps.reviews.queue('jambi', 'ev-1', { limit: 100 }),
      await deps.reviews.forCycle('jambi', 2026, { limit: 100 }),
      await deps.reviews.history('jambi', '2026.bpbd'),
    ];

    // Assess
    expect(reads.every((read) => read !== undefined)).toBe(true);
    expect(leakedKeys(reads)).toEqual([]);
    expect(leakedKeys(await dump())).toEqual(
      expect.arrayContaining(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'type']),
    );
  });
});

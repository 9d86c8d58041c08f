import { beforeEach, describe, expect, it } from 'vitest';
import { accept } from '#functions/assessment/accept-review.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { callers, type movableClock, opd, opening, refusalOf, reviewTable } from './review-harness.ts';

const on = (revision: number) => ({ year: 2026, opd, revision });
const verifyOne = (revision: number) => ({ ...on(revision), levels: { 'gov-ps-01': { level: 3 } } });
const revise = (revision: number, due = '2026-11-30') => ({
  ...on(revision),
  comments: { 'gov-ps-01': 'Lengkapi bukti.' },
  due,
});

describe('refused review commands change nothing', () => {
  let deps: ReviewDeps;
  let clock: ReturnType<typeof movableClock>;
  let dump: () => Promise<Record<string, unknown>[]>;

  beforeEach(async () => {
    const made = await reviewTable();
    ({ deps, clock } = made);
    dump = made.table.dump;
    await openReview(deps, opening());
  });

  /** The refusal of `work`, checked to have written nothing. */
  const refused = async (work: () => Promise<unknown>) => {
    const before = await dump();
    const refusal = await refusalOf(work());
    expect(await dump()).toEqual(before);
    return refusal;
  };

  it('refuses an OPD setting verified levels, one field error per level it sent', async () => {
    // Act
    const refusal = await refused(() =>
      recordVerification(deps, callers.operator, {
        ...on(1),
        levels: { 'gov-ps-01': { level: 5 }, 'liv-hl-01': { level: 5, note: 'Sudah lengkap' } },
      }),
    );

    // Assess
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'opd_cannot_verify',
      fields: ['levels.gov-ps-01.level not_allowed', 'levels.liv-hl-01.level not_allowed'],
    });
  });

  it('refuses an OPD asking for a revision or accepting, and an evaluator who is not the verifier', async () => {
    // Act
    const refusals = [
      await refused(() => requestRevision(deps, callers.operator, revise(1))),
      await refused(() => accept(deps, callers.operator, on(1))),
      await refused(() => recordVerification(deps, callers.otherEvaluator, verifyOne(1))),
      await refused(() => accept(deps, callers.otherEvaluator, on(1))),
    ];

    // Assess
    expect(refusals).toEqual(
      refusals.map(() => ({ kind: 'forbidden', code: 'forbidden', fields: undefined })),
    );
  });

  it('answers not found for a review of another city or another OPD', async () => {
    // Act
    const refusals = [
      await refused(() => recordVerification(deps, callers.foreignVerifier, verifyOne(1))),
      await refused(() => accept(deps, callers.verifier, { ...on(1), opd: 'dinas-pendidikan' })),
    ];

    // Assess
    expect(refusals).toEqual(
      refusals.map(() => ({ kind: 'not_found', code: 'review_not_found', fields: undefined })),
    );
  });

  it('refuses bad input field by field before reading anything', async () => {
    // Act
    const refusal = await refused(() =>
      recordVerification(deps, callers.verifier, {
        ...on(1),
        levels: { 'gov-ps-01': { level: 0 } },
        status: 'accepted',
      }),
    );

    // Assess
    expect(refusal.kind).toBe('invalid');
    expect(refusal.fields?.sort()).toEqual(['levels.gov-ps-01.level invalid_value', 'status unknown_field']);
  });

  it('refuses levels and comments for indicators the review does not hold', async () => {
    // Act
    const refusals = [
      await refused(() =>
        recordVerification(deps, callers.verifier, { ...on(1), levels: { 'eco-tr-09': { level: 2 } } }),
      ),
      await refused(() =>
        requestRevision(deps, callers.verifier, { ...revise(1), comments: { 'eco-tr-09': 'Tidak ada.' } }),
      ),
    ];

    // Assess
    expect(refusals).toEqual([
      { kind: 'invalid', code: 'invalid_request', fields: ['levels.eco-tr-09 unknown_indicator'] },
      { kind: 'invalid', code: 'invalid_request', fields: ['comments.eco-tr-09 unknown_indicator'] },
    ]);
  });

  it('refuses to accept while an indicator has no verified level, naming each one', async () => {
    // Prepare
    await recordVerification(deps, callers.verifier, verifyOne(1));

    // Act
    const refusal = await refused(() => accept(deps, callers.verifier, on(2)));

    // Assess
    expect(refusal.kind).toBe('invalid');
    expect(refusal.fields?.sort()).toEqual([
      'indicators.gov-ps-02.verified not_verified',
      'indicators.liv-hl-01.verified not_verified',
    ]);
  });

  it("refuses a new due date that is not after today in the city's zone", async () => {
    // Prepare: 2026-11-02 18:00 UTC is already 3 November in Jambi (UTC+7)
    clock.set('2026-11-02T18:00:00.000Z');

    // Act
    const refusals = [
      await refused(() => requestRevision(deps, callers.verifier, revise(1, '2026-11-03'))),
      await refused(() => requestRevision(deps, callers.verifier, revise(1, '2026-10-01'))),
    ];

    // Assess
    expect(refusals).toEqual(
      refusals.map(() => ({ kind: 'invalid', code: 'invalid_request', fields: ['due not_after_today'] })),
    );
  });

  it('refuses a stale revision, and decisions on a review that is not in review', async () => {
    // Prepare
    await requestRevision(deps, callers.verifier, revise(1));

    // Act
    const refusals = [
      await refused(() => recordVerification(deps, callers.verifier, verifyOne(1))),
      await refused(() => recordVerification(deps, callers.verifier, verifyOne(2))),
      await refused(() => accept(deps, callers.lead, on(2))),
    ];

    // Assess
    expect(refusals).toEqual([
      { kind: 'conflict', code: 'stale_revision', fields: undefined },
      { kind: 'conflict', code: 'wrong_status', fields: undefined },
      { kind: 'conflict', code: 'wrong_status', fields: undefined },
    ]);
  });

  it('refuses a resubmission while in review, after acceptance, or naming another verifier', async () => {
    // Prepare: a second review, returned for revision
    await openReview(deps, opening({ opd: 'bappeda', submissionId: 'sub-b1' }));
    await requestRevision(deps, callers.verifier, { ...revise(1), opd: 'bappeda' });

    // Act
    const refusals = [
      await refused(() => openReview(deps, opening({ submissionId: 'sub-2' }))),
      await refused(() =>
        openReview(deps, opening({ opd: 'bappeda', submissionId: 'sub-b2', verifier: 'ev-2' })),
      ),
    ];

    // Assess
    expect(refusals).toEqual([
      { kind: 'conflict', code: 'not_awaiting_resubmission', fields: undefined },
      { kind: 'conflict', code: 'verifier_changed', fields: undefined },
    ]);
  });

  it('refuses an opening with bad input, field by field', async () => {
    // Act
    const refusal = await refused(() =>
      openReview(deps, { ...opening(), claimed: { 'gov-ps-01': 9 }, verifier: '', round: 3 }),
    );

    // Assess
    expect(refusal.fields?.sort()).toEqual([
      'claimed.gov-ps-01 invalid_value',
      'round unknown_field',
      'verifier invalid_format',
    ]);
  });
});

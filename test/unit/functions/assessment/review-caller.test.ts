import { describe, expect, it } from 'vitest';
import {
  assertEvaluator,
  assertMayDecide,
  assertMayRead,
  isCityAdmin,
  isLead,
} from '#functions/assessment/review-caller.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';

const evaluator: Identity = { subject: 'ev-1', city: 'jambi', roles: ['evaluator'] };
const other: Identity = { subject: 'ev-2', city: 'jambi', roles: ['evaluator'] };
const operator: Identity = {
  subject: 'op-1',
  city: 'jambi',
  opd: 'dinas-kesehatan',
  roles: ['opd-operator'],
};
const admin: Identity = { subject: 'ad-1', city: 'jambi', roles: ['admin'] };
const review = { verifier: 'ev-1' } as Review;

const refusalOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const { kind, code, fields } = error as DomainError;
    return { kind, code, fields: fields?.map((f) => `${f.path} ${f.code}`) };
  }
  return undefined;
};

describe('who may decide on a review', () => {
  it('lets the assigned verifier and the lead evaluator decide, and no other evaluator', () => {
    // Act
    const outcomes = [
      refusalOf(() => assertMayDecide({ identity: evaluator, lead: false }, review)),
      refusalOf(() => assertMayDecide({ identity: other, lead: true }, review)),
      refusalOf(() => assertMayDecide({ identity: other, lead: false }, review)),
    ];

    // Assess
    expect(outcomes).toEqual([
      undefined,
      undefined,
      { kind: 'forbidden', code: 'forbidden', fields: undefined },
    ]);
  });

  it('refuses an OPD caller field by field for each level it sent, even one that also holds the evaluator role', () => {
    // Prepare
    const both: Identity = { ...operator, roles: ['opd-operator', 'evaluator'] };

    // Act
    const refusal = refusalOf(() =>
      assertEvaluator({ identity: both, lead: true }, ['gov-ps-01', 'gov-ps-02']),
    );

    // Assess
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'opd_cannot_verify',
      fields: ['levels.gov-ps-01.level not_allowed', 'levels.gov-ps-02.level not_allowed'],
    });
  });

  it('refuses an admin, and counts the lead flag only for an evaluator', () => {
    // Act
    const refusal = refusalOf(() => assertEvaluator({ identity: admin, lead: true }));

    // Assess
    expect(refusal?.kind).toBe('forbidden');
    expect(isLead({ identity: admin, lead: true })).toBe(false);
    expect(isLead({ identity: { ...operator, roles: ['opd-head', 'evaluator'] }, lead: true })).toBe(false);
    expect(isLead({ identity: evaluator, lead: true })).toBe(true);
  });

  it('lets the verifier read their review, the lead and the city admins read every one, and nobody else', () => {
    // Act + Assess: one review
    expect(refusalOf(() => assertMayRead({ identity: evaluator, lead: false }, review))).toBeUndefined();
    expect(refusalOf(() => assertMayRead({ identity: other, lead: true }, review))).toBeUndefined();
    expect(refusalOf(() => assertMayRead({ identity: admin, lead: false }, review))).toBeUndefined();
    expect(refusalOf(() => assertMayRead({ identity: other, lead: false }, review))?.kind).toBe('forbidden');
    expect(refusalOf(() => assertMayRead({ identity: operator, lead: false }, review))?.kind).toBe(
      'forbidden',
    );
    // Act + Assess: the city's overview
    expect(refusalOf(() => assertMayRead({ identity: admin, lead: false }))).toBeUndefined();
    expect(refusalOf(() => assertMayRead({ identity: evaluator, lead: false }))?.kind).toBe('forbidden');
    // An admin who also acts for an OPD is an OPD caller first
    const opdAdmin = { ...operator, roles: ['opd-operator', 'admin'] as Identity['roles'] };
    expect(isCityAdmin({ identity: opdAdmin, lead: false })).toBe(false);
    expect(refusalOf(() => assertMayRead({ identity: opdAdmin, lead: false }, review))?.kind).toBe(
      'forbidden',
    );
  });
});

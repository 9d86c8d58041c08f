import { expect } from 'vitest';
import type { ReviewCaller } from '#functions/assessment/review-caller.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { stores } from '#functions/assessment/store/index.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { keyAttributes } from '#functions/platform/table/table-schema.ts';
import { createTestTable } from '#test/support/test-table.ts';

/** A clock the test moves by hand. */
export function movableClock(iso: string): Clock & { set(next: string): void } {
  let current = iso;
  return { now: () => new Date(current), set: (next) => (current = next) };
}

/** A fresh table with the assessment's store, and the ports of the review commands over it. */
export async function reviewTable(at = '2026-11-02T02:00:00.000Z') {
  const table = await createTestTable();
  const clock = movableClock(at);
  const { reviews } = stores({
    db: table.documentClient,
    tableName: table.tableName,
    clock,
    sessionClock: clock,
  });
  let next = 0;
  const deps: ReviewDeps = {
    reviews,
    clock,
    newId: () => `event-${++next}`,
    timeZoneOf: async () => 'Asia/Jakarta',
  };
  return { table, clock, deps };
}

const evaluator = (subject: string, lead = false): ReviewCaller => ({
  identity: { subject, city: 'jambi', roles: ['evaluator'] },
  lead,
});

/** The people who meet the review of Dinas Kesehatan of Kota Jambi. */
export const callers = {
  verifier: evaluator('ev-1'),
  otherEvaluator: evaluator('ev-2'),
  lead: evaluator('ev-lead', true),
  operator: {
    identity: { subject: 'op-1', city: 'jambi', opd: 'dinas-kesehatan', roles: ['opd-operator'] },
    lead: false,
  },
  foreignVerifier: { identity: { subject: 'ev-1', city: 'palembang', roles: ['evaluator'] }, lead: false },
} satisfies Record<string, ReviewCaller>;

export const opd = 'dinas-kesehatan';

/** The opening of round 1 the submission-review workflow sends. */
export const opening = (overrides: Record<string, unknown> = {}) => ({
  city: 'jambi',
  year: 2026,
  opd,
  submissionId: 'sub-1',
  verifier: 'ev-1',
  due: '2026-11-16',
  claimed: { 'gov-ps-01': 4, 'gov-ps-02': 3, 'liv-hl-01': 5 },
  ...overrides,
});

/** What a refused command threw, as a test compares it; fails the test when it was not refused. */
export async function refusalOf(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the command was not refused').toBeInstanceOf(DomainError);
  const { kind, code, messages, fields } = error as DomainError;
  for (const text of [messages, ...(fields ?? []).map((f) => f.message)]) {
    expect(text.id).not.toBe('');
    expect(text.en).not.toBe('');
    expect(text.id).not.toBe(text.en);
  }
  return { kind, code, fields: fields?.map((f) => `${f.path} ${f.code}`) };
}

/**
 * Every key attribute (or item type) found at the top of what a read returned: each value, and each
 * value of a list or page in it (an audit event's own `entity.type` is a field, not the item's).
 */
export function leakedKeys(result: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const name of [...keyAttributes, 'type']) if (Object.hasOwn(value, name)) found.push(name);
      for (const inner of Object.values(value)) if (Array.isArray(inner)) inner.forEach(walk);
    }
  };
  walk(result);
  return found;
}

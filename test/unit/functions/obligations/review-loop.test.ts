import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { type Cycle, type Obligation, obligationIdOf } from '#functions/obligations/model.ts';
import { defaultReminderPolicy, reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { obligationAccepted, obligationRevisionRequested } from '#functions/obligations/review-loop.ts';
import { scheduleName } from '#functions/obligations/schedules.ts';
import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { ScheduleRequest } from '#functions/platform/ports/scheduler.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { makeCalendar } from './builders.ts';

const calendar = makeCalendar();
const cycle: Cycle = {
  city: 'jambi',
  year: 2026,
  calendar,
  policy: defaultReminderPolicy,
  innovationDue: '2026-10-30',
  innovationCloses: '2026-12-11',
  startedAt: '2026-01-05T01:00:00.000Z',
};
const now = new Date('2026-11-03T03:00:00.000Z');
const group = 'siklus-test';
const revisionDue = '2026-12-18';

const submitted: Obligation = {
  obligationId: obligationIdOf('jambi', 2026, 'bappeda', 'self-assessment'),
  city: 'jambi',
  year: 2026,
  opd: 'bappeda',
  kind: 'self-assessment',
  formId: 'self-assessment',
  due: '2026-10-30',
  deadlineVersion: 1,
  deadlineAt: deadlineInstant(calendar, '2026-10-30').toISOString(),
  closes: '2026-12-11',
  status: 'submitted',
  late: true,
  submissionId: 'sub-1',
  revision: 4,
  openedAt: cycle.startedAt,
  updatedAt: '2026-10-29T05:00:00.000Z',
};

/** In-memory ports: a revision-checked store, a scheduler that keeps the live schedules by name. */
function fakes(initial: Obligation, options: { failScheduleCall?: number; staleOnce?: boolean } = {}) {
  let stored = initial;
  let stale = options.staleOnce ?? false;
  let calls = 0;
  let ids = 0;
  const audits: AuditRecord[] = [];
  const live = new Map<string, ScheduleRequest>();
  const cancelled: string[] = [];
  const call = () => {
    calls++;
    if (calls === options.failScheduleCall) throw new Error('scheduler unavailable');
  };
  const deps = {
    obligations: {
      get: async (id: string) => (id === stored.obligationId ? stored : undefined),
      update: async (next: Obligation, expectedRevision: number, audit: AuditRecord) => {
        if (stale) {
          stale = false; // a reminder wrote in between
          stored = { ...stored, revision: stored.revision + 1 };
        }
        if (stored.revision !== expectedRevision) throw new StaleRevisionError(next.obligationId);
        stored = next;
        audits.push(audit);
      },
    },
    cycles: {
      getCycle: async (city: string, year: number) =>
        city === cycle.city && year === cycle.year ? cycle : undefined,
    },
    scheduler: {
      schedule: async (request: ScheduleRequest) => {
        call();
        live.set(request.name, request);
      },
      cancel: async (g: string, name: string) => {
        call();
        expect(g).toBe(group);
        cancelled.push(name);
        live.delete(name);
      },
    },
    scheduleGroup: group,
    clock: { now: () => now },
    newId: () => `evt-${++ids}`,
  } as unknown as ObligationDeps;
  return { deps, audits, live, cancelled, stored: () => stored };
}

const v2 = { obligationId: submitted.obligationId, deadlineVersion: 2 };
const newReminderNames = () =>
  reminderSlots(calendar, defaultReminderPolicy, revisionDue, { now }).slots.map((s) =>
    scheduleName(v2, s.slot),
  );
const revisionName = scheduleName(v2, 'revision');
const note = 'Lengkapi bukti indikator 3.';
type Options = Parameters<typeof obligationRevisionRequested>[4];
const revise = (deps: ObligationDeps, options?: Options, due = revisionDue, id = submitted.obligationId) =>
  obligationRevisionRequested(deps, 'user:verifier', id, due, options);
const accept = (deps: ObligationDeps, options?: Parameters<typeof obligationAccepted>[3]) =>
  obligationAccepted(deps, 'user:verifier', submitted.obligationId, options);

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('obligationRevisionRequested', () => {
  it('makes the obligation owed again by the new date, reschedules it and announces the note', async () => {
    const f = fakes(submitted);
    const result = await revise(f.deps, { note });
    expect(f.stored()).toEqual(result);
    expect(result).toMatchObject({
      status: 'revision_requested',
      due: revisionDue,
      deadlineVersion: 2,
      deadlineAt: deadlineInstant(calendar, revisionDue).toISOString(),
      closes: revisionDue,
      revisionNote: note,
      late: true,
      revision: 5,
      updatedAt: now.toISOString(),
    });
    expect(f.audits.map((a) => a.event)).toEqual([
      expect.objectContaining({
        action: 'obligation.revision-requested',
        actor: 'user:verifier',
        eventId: 'evt-1',
        entity: { type: 'obligation', id: submitted.obligationId },
        before: { status: 'submitted', due: '2026-10-30', deadlineVersion: 1 },
        after: { status: 'revision_requested', due: revisionDue, deadlineVersion: 2 },
      }),
    ]);
    const reminders = newReminderNames();
    expect(reminders.map((n) => n.slice(-6))).toEqual(
      expect.arrayContaining(['v2-D-7', 'v2-D-0', 'v2-E-1', 'v2-E-2']),
    );
    expect([...f.live.keys()].sort()).toEqual([...reminders, revisionName].sort());
    const old = reminderSlots(calendar, defaultReminderPolicy, '2026-10-30', { now: new Date(0) }).slots;
    expect(f.cancelled).toEqual(old.map((s) => scheduleName(submitted, s.slot)));
    const announcements = [...f.live.values()].filter((r) => r.input.slot === 'revision');
    expect(announcements).toEqual([
      {
        group,
        name: revisionName,
        at: new Date(now.getTime() + 60_000),
        timeZone: 'UTC',
        workflow: 'obligation-reminder',
        input: { obligationId: submitted.obligationId, deadlineVersion: 2, slot: 'revision' },
      },
    ]);
  });

  it('keeps a later closing date, and a request without a note announces nothing', async () => {
    const f = fakes(submitted);
    const result = await revise(f.deps, {}, '2026-11-20');
    expect(result).toMatchObject({ closes: '2026-12-11', due: '2026-11-20', deadlineVersion: 2 });
    expect(result.revisionNote).toBeUndefined();
    expect(f.live.has(revisionName)).toBe(false);
  });

  it.each([
    ['the announcement', 1],
    ['the first cancellation', 2],
  ])('finishes on a retry after %s faulted, without a second audit event', async (_, failOn) => {
    const f = fakes(submitted, { failScheduleCall: failOn });
    const ask = () => revise(f.deps, { note });
    await expect(ask()).rejects.toThrow('scheduler unavailable');
    expect(f.stored()).toMatchObject({ status: 'revision_requested', deadlineVersion: 2, revision: 5 });
    await ask();
    expect(f.audits).toHaveLength(1);
    expect(f.stored().revision).toBe(5);
    expect([...f.live.keys()].sort()).toEqual([...newReminderNames(), revisionName].sort());
  });

  it('writes nothing when the same revision is asked twice', async () => {
    const f = fakes(submitted);
    await revise(f.deps, { note });
    const again = await revise(f.deps, { note, from: ['submitted'] });
    expect(f.audits).toHaveLength(1);
    expect(again.revision).toBe(5);
    expect(f.stored().revision).toBe(5);
    expect([...f.live.keys()].sort()).toEqual([...newReminderNames(), revisionName].sort());
  });

  it('refuses, with `from`, an obligation decided meanwhile; without it, changes it as before', async () => {
    const accepted: Obligation = { ...submitted, status: 'accepted' };
    const f = fakes(accepted);
    const error = await refusal(revise(f.deps, { note, from: ['submitted'] }));
    expect(error).toMatchObject({ kind: 'conflict', code: 'obligation_status_changed' });
    expect(error.messages.id).toContain('sudah berstatus accepted');
    expect(error.messages.en).toContain('is accepted by now');
    expect(f.stored()).toBe(accepted);
    expect(f.audits).toEqual([]);
    expect(f.live.size).toBe(0);
    expect(f.cancelled).toEqual([]);

    const result = await revise(f.deps);
    expect(result).toMatchObject({ status: 'revision_requested', deadlineVersion: 2 });
    expect(f.audits).toHaveLength(1);
  });

  it('retries a write that met a concurrent one, and makes the change once', async () => {
    const f = fakes(submitted, { staleOnce: true });
    const result = await revise(f.deps, { note });
    expect(result).toMatchObject({ status: 'revision_requested', deadlineVersion: 2, revision: 6 });
    expect(f.stored()).toEqual(result);
    expect(f.audits).toHaveLength(1);
    expect([...f.live.keys()].sort()).toEqual([...newReminderNames(), revisionName].sort());
  });

  it('refuses an obligation that is not there', async () => {
    const f = fakes(submitted);
    const error = await refusal(revise(f.deps, {}, revisionDue, 'nope'));
    expect(error).toMatchObject({ kind: 'not_found', code: 'not_found' });
  });
});

describe('obligationAccepted', () => {
  it('accepts once: accepting again writes nothing', async () => {
    const f = fakes(submitted);
    const result = await accept(f.deps, { from: ['submitted'] });
    expect(result).toMatchObject({ status: 'accepted', revision: 5, due: '2026-10-30', deadlineVersion: 1 });
    expect(f.audits.map((a) => [a.event.action, a.event.before, a.event.after])).toEqual([
      [
        'obligation.accepted',
        { status: 'submitted', due: '2026-10-30', deadlineVersion: 1 },
        { status: 'accepted', due: '2026-10-30', deadlineVersion: 1 },
      ],
    ]);
    const again = await accept(f.deps);
    expect(again.revision).toBe(5);
    expect(f.audits).toHaveLength(1);
    expect(f.live.size).toBe(0);
  });

  it('refuses, with `from`, a revision asked meanwhile; without it, accepts as before', async () => {
    const asked: Obligation = { ...submitted, status: 'revision_requested', deadlineVersion: 2 };
    const f = fakes(asked);
    const error = await refusal(accept(f.deps, { from: ['submitted'] }));
    expect(error).toMatchObject({ kind: 'conflict', code: 'obligation_status_changed' });
    expect(error.messages.id).toContain('revision_requested');
    expect(error.messages.en).toContain('revision_requested');
    expect(f.stored()).toBe(asked);
    expect(f.audits).toEqual([]);

    const result = await accept(f.deps);
    expect(result.status).toBe('accepted');
    expect(f.audits).toHaveLength(1);
  });
});

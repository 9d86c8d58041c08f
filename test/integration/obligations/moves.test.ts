import { describe, expect, it } from 'vitest';
import { moveDeadline, waive } from '#functions/obligations/admin.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { datesAndSlots } from '#test/support/cycle-mail.ts';
import { createCycleRuntime, demoMonthlyReminders, demoMonthlySlots } from '#test/support/cycle-runtime.ts';

// Innovation reports due Friday 30 October 2026 (deadline version 1).

/** What an admin action threw, or `'accepted'`. */
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => 'accepted',
    (error: unknown) => error,
  );

describe('moving and waiving an obligation, on the synthesized workflows', () => {
  it('sends the reminders of a moved deadline on its new dates and nothing for the old one', async () => {
    // Prepare: Diskominfo has had its D-30 reminder of version 1
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-10-01T01:00:00.000Z');
    const id = rt.obligationId('diskominfo');

    // Act: the admin gives Diskominfo until Friday 13 November
    const moved = await moveDeadline(rt.obligationDeps, 'admin', id, '2026-11-13');

    // Assess: version 2's schedules wait (its ladder, and the announcement of the move), version 1's are gone
    expect(moved).toMatchObject({ obligation: { due: '2026-11-13', deadlineVersion: 2 }, scheduled: 7 });
    const waiting = await rt.ports.localScheduler.due(new Date('2027-01-01T00:00:00.000Z'));
    const mine = waiting.filter((s) => s.input.obligationId === id);
    expect(mine.map((s) => s.input.deadlineVersion)).toEqual(Array(8).fill(2));
    expect(mine[0]?.input).toMatchObject({ slot: 'moved', previousDue: '2026-10-30' });
    expect(mine[0]?.at.toISOString()).toBe('2026-10-01T01:01:00.000Z');
    const [movedEvent] = (await rt.auditEvents()).filter((e) => e.action === 'obligation.moved');
    expect(movedEvent).toMatchObject({
      actor: 'admin',
      entity: { id },
      before: { due: '2026-10-30', deadlineVersion: 1, status: 'open' },
      after: { due: '2026-11-13', deadlineVersion: 2, status: 'open' },
    });

    // Act: past the old ladder and the new one
    await rt.advanceTo('2026-11-19T00:00:00.000Z');

    // Assess
    const diskominfo = rt.outbox().filter((e) => e.obligationId === id);
    expect(
      datesAndSlots(diskominfo).map(([date, slot], i) => [date, slot, diskominfo[i]?.deadlineVersion]),
    ).toEqual([
      // The kick-off belongs to no deadline version: a move never sends it again.
      ['2026-01-05T01:00:00.000Z', 'kickoff', 0],
      // Version 1's monthly reminders, February to September
      ...demoMonthlyReminders.map(([date, slot]) => [date, slot, 1]),
      ['2026-09-30T01:00:00.000Z', 'D-30', 1],
      // The OPD hears of the move at once, not at its next reminder.
      ['2026-10-01T01:01:00.000Z', 'moved', 2],
      ['2026-10-14T01:00:00.000Z', 'D-30', 2],
      ['2026-10-30T01:00:00.000Z', 'D-14', 2], // the old D-0's instant: only the new version sends
      ['2026-11-06T01:00:00.000Z', 'D-7', 2],
      ['2026-11-12T01:00:00.000Z', 'D-1', 2],
      ['2026-11-13T01:00:00.000Z', 'D-0', 2],
      // Escalations go in the day's digest half an hour later; alone in it, each goes as itself.
      ['2026-11-16T01:30:00.000Z', 'E-1', 2],
      ['2026-11-18T01:30:00.000Z', 'E-2', 2],
    ]);
    expect(await rt.obligation('diskominfo')).toMatchObject({ status: 'missed', deadlineVersion: 2 });
    const missedAt = (await rt.auditEvents()).find(
      (e) => e.action === 'obligation.missed' && e.entity.id === id,
    );
    expect(missedAt?.at).toBe('2026-11-16T01:00:00.000Z');
    expect(rt.failures).toEqual([]);
  });

  it('moves the monthly reminders with a deadline moved in May: the old version’s stop, the new one’s run to its D-30', async () => {
    // Prepare: Diskominfo has had its monthly reminders of February to May
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-05-04T02:00:00.000Z');
    const id = rt.obligationId('diskominfo');

    // Act: on Monday 4 May at 09:00 WIB the admin gives Diskominfo until Friday 13 November
    await moveDeadline(rt.obligationDeps, 'admin', id, '2026-11-13');
    await rt.advanceTo('2026-10-15T00:00:00.000Z');

    // Assess: June to October from version 2 (its D-30 is Wednesday 14 October), none from version 1
    const diskominfo = rt.outbox().filter((e) => e.obligationId === id);
    expect(
      datesAndSlots(diskominfo).map(([date, slot], i) => [date, slot, diskominfo[i]?.deadlineVersion]),
    ).toEqual([
      ['2026-01-05T01:00:00.000Z', 'kickoff', 0],
      ...demoMonthlyReminders.slice(0, 4).map(([date, slot]) => [date, slot, 1]),
      ['2026-05-04T02:01:00.000Z', 'moved', 2],
      ['2026-06-02T01:00:00.000Z', 'M-2026-06', 2],
      ['2026-07-01T01:00:00.000Z', 'M-2026-07', 2],
      ['2026-08-03T01:00:00.000Z', 'M-2026-08', 2],
      ['2026-09-01T01:00:00.000Z', 'M-2026-09', 2],
      ['2026-10-01T01:00:00.000Z', 'M-2026-10', 2], // before the new D-30: one more month
      ['2026-10-14T01:00:00.000Z', 'D-30', 2],
    ]);
    const waiting = await rt.ports.localScheduler.due(new Date('2027-01-01T00:00:00.000Z'));
    expect(waiting.filter((s) => s.input.obligationId === id && s.input.deadlineVersion === 1)).toEqual([]);
    expect(rt.failures).toEqual([]);
  });

  it('sends nothing when a schedule of the old deadline version fires after the move', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    const id = rt.obligationId('diskominfo');
    await moveDeadline(rt.obligationDeps, 'admin', id, '2026-11-13');
    rt.clock.set(new Date('2026-10-23T01:00:00.000Z'));
    const before = rt.outbox();

    // Act: a delivery of version 1's D-7 schedule that was already on its way during the move
    const stale = {
      obligationId: id,
      deadlineVersion: 1,
      slot: 'D-7',
      scheduledTime: '2026-10-23T01:00:00.000Z',
    };
    const result = await rt.workflows.start('obligation-reminder', stale);

    // Assess
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ ...stale, action: 'none', reason: 'superseded' });
    expect(rt.outbox()).toEqual(before);
  });

  it('stops the reminders and escalations of a waived obligation, and audits the waiver', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-10-01T01:00:00.000Z');
    const id = rt.obligationId('bappeda');

    // Act
    const waived = await waive(rt.obligationDeps, 'admin', id, '  Bappeda dilebur ke Bapperida  ');
    await rt.advanceTo('2026-11-10T00:00:00.000Z');

    // Assess
    expect(waived).toMatchObject({ status: 'waived', waivedReason: 'Bappeda dilebur ke Bapperida' });
    expect(await rt.obligation('bappeda')).toMatchObject({ status: 'waived', revision: 2 });
    expect(
      rt
        .outbox()
        .filter((e) => e.obligationId === id)
        .map((e) => e.slot),
    ).toEqual(['kickoff', ...demoMonthlySlots, 'D-30', 'waived']);
    // Diskominfo, not waived, has everything: its kick-off, reminders and its head's escalation;
    // the secretary hears of it and Dinas Kesehatan in one digest.
    expect(
      rt
        .outbox()
        .filter((e) => e.obligationId === rt.obligationId('diskominfo') && !e.slot.startsWith('digest'))
        .map((e) => e.slot),
    ).toEqual(['kickoff', ...demoMonthlySlots, 'D-30', 'D-14', 'D-7', 'D-1', 'D-0', 'E-1']);
    expect(
      rt
        .outbox()
        .filter((e) => e.to === 'sekda@example.org')
        .map((e) => e.slot.slice(0, 17)),
    ).toEqual(['digest-2026-11-04']);
    const events = (await rt.auditEvents()).filter((e) => e.entity.id === id);
    expect(events.map((e) => e.action)).toEqual(['obligation.opened', 'obligation.waived']);
    expect(events[1]).toMatchObject({
      actor: 'admin',
      at: '2026-10-01T01:00:00.000Z',
      before: { status: 'open' },
      after: { status: 'waived', reason: 'Bappeda dilebur ke Bapperida' },
    });
    expect(rt.failures).toEqual([]);
  });

  it('refuses to move or waive a submitted obligation, and a move to a day off', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.submitReport('diskominfo');
    const submitted = await rt.obligation('diskominfo');

    // Act
    const move = await refusal(
      moveDeadline(rt.obligationDeps, 'admin', rt.obligationId('diskominfo'), '2026-11-13'),
    );
    const waiver = await refusal(
      waive(rt.obligationDeps, 'admin', rt.obligationId('diskominfo'), 'Sudah tidak perlu'),
    );
    const toHoliday = await refusal(
      moveDeadline(rt.obligationDeps, 'admin', rt.obligationId('bappeda'), '2026-12-25'),
    );
    const shortReason = await refusal(waive(rt.obligationDeps, 'admin', rt.obligationId('bappeda'), 'no'));

    // Assess
    expect(move).toBeInstanceOf(DomainError);
    expect(move).toMatchObject({ kind: 'conflict', code: 'obligation_closed' });
    expect(waiver).toMatchObject({ kind: 'conflict', code: 'obligation_closed' });
    expect(toHoliday).toMatchObject({ kind: 'invalid', code: 'invalid_due_date' });
    // The reason is checked by the one schema of the API, the page and the CLI.
    expect(shortReason).toMatchObject({ kind: 'invalid', code: 'invalid_request' });
    expect((shortReason as DomainError).fields?.map((f) => [f.path, f.code])).toEqual([
      ['reason', 'too_small'],
    ]);
    expect(await rt.obligation('diskominfo')).toEqual(submitted);
    expect(await rt.obligation('bappeda')).toMatchObject({ status: 'open', deadlineVersion: 1, revision: 1 });
    const actions = await rt.auditActions();
    expect(actions.filter((a) => a === 'obligation.moved' || a === 'obligation.waived')).toEqual([]);
  });
});

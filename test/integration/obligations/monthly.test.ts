import { describe, expect, it } from 'vitest';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { datesAndSlots } from '#test/support/cycle-mail.ts';
import { city, createCycleRuntime, cycleStart, demoMonthlyReminders } from '#test/support/cycle-runtime.ts';

// Innovation reports due Friday 30 October 2026; the cycle starts on Monday 5 January.

/** February to October 2026: every month after the kick-off's, to the due month. */
const monthsToDue = ['02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `2026-${m}`);

describe('monthly reminders of the cycle clock, on the synthesized workflows', () => {
  it('emails each OPD that has not submitted in every month to the due month, and stops for one that submits in April', async () => {
    // Prepare: Diskominfo submits on Wednesday 15 April at 10:00 WIB, after its April reminder
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-04-15T03:00:00.000Z');
    await rt.submitReport('diskominfo');

    // Act: to the end of the due month (midnight WIB, 1 November)
    await rt.advanceTo('2026-10-31T17:00:00.000Z');

    // Assess: the months in which each OPD that has not submitted was emailed, read from the outbox
    for (const opd of ['bappeda', 'dinas-kesehatan']) {
      const operators = (await rt.ports.people.ofOpd(city, opd, 'opd-operator')).map((p) => p.email);
      expect(operators, opd).not.toEqual([]);
      const emailed = new Set(
        rt
          .outbox()
          .filter((e) => e.obligationId === rt.obligationId(opd) && operators.includes(e.to))
          .map((e) => localDateOf(new Date(e.date), 'Asia/Jakarta').slice(0, 7)),
      );
      expect(
        monthsToDue.filter((month) => !emailed.has(month)),
        opd,
      ).toEqual([]);
    }
    const diskominfo = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(datesAndSlots(diskominfo)).toEqual([
      [cycleStart, 'kickoff'],
      ...demoMonthlyReminders.slice(0, 3), // February, March and April, then nothing
    ]);
    expect(diskominfo.filter((e) => e.date >= '2026-05-01')).toEqual([]);
    expect(await rt.obligation('diskominfo')).toMatchObject({ status: 'submitted', late: false });
    expect(rt.failures).toEqual([]);
  });
});

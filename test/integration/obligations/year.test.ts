import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { demoOpds } from '#infra/local/demo-city.ts';
import { simulateYear } from '#infra/local/simulation/simulate-year.ts';
import { city, createCycleRuntime, demoMonthlySlots, year } from '#test/support/cycle-runtime.ts';

/** The reminders an OPD gets when it never submits: the monthly ones, then D-30, D-14, D-7, D-1, D-0. */
const everyReminder = demoMonthlySlots.length + 5;

/** Seeds the demo city, starts its 2026 cycle on 5 January and simulates the year on a fresh runtime. */
async function simulatedYear(seed: number) {
  const rt = await createCycleRuntime();
  await rt.seed();
  expect((await rt.startCycle()).status).toBe('SUCCEEDED');
  const summary = await simulateYear({ ...rt.ports, clock: rt.clock }, rt.fire, { city, year, seed });
  expect(rt.failures).toEqual([]);
  expect(rt.clock.now().toISOString()).toBe('2026-12-31T17:00:00.000Z'); // midnight WIB, 1 January
  // Read in the outbox: each person has at most one escalation email a day, and no reminder
  // claims a draft (the simulated OPDs submit without saving one).
  const escalations = rt.outbox().filter((e) => /^(E-|digest)/.test(e.slot));
  const perPersonAndDay = escalations.map((e) => `${e.to} ${e.date.slice(0, 10)}`);
  expect(new Set(perPersonAndDay).size).toBe(perPersonAndDay.length);
  const reminders = rt.outbox().filter((e) => /^(M|D)-/.test(e.slot));
  expect(reminders.length).toBeGreaterThan(0);
  for (const reminder of reminders) {
    const { text = '' } = await PostalMime.parse(rt.ports.outbox.read(reminder.file));
    expect(text).toContain('OPD Anda belum menyimpan draf formulir ini');
    expect(text).not.toContain('terakhir disimpan');
  }
  return summary;
}

describe('the demo year, simulated on the virtual clock', () => {
  // One test: a simulated year runs ~200 executions (~0.1 s each in the local runner), so the
  // three years it compares run side by side, on three fresh runtimes.
  it('counts the year alike from the outbox and the audit, and replays it from its seed', async () => {
    // Act
    const [first, again, other] = await Promise.all([
      simulatedYear(2026),
      simulatedYear(2026),
      simulatedYear(7),
    ]);

    // Assess: what was sent agrees with what happened, in every year
    for (const { outbox, audit, submissions } of [first, again, other]) {
      expect(audit.opened).toBe(demoOpds.length);
      expect(outbox.kickoff).toBe(demoOpds.length); // each demo OPD has one operator
      expect(outbox.escalationsToHead).toBe(audit.missed); // the head is told when it is marked missed
      // The secretary gets one email a day however many OPDs missed: one escalation, or one digest.
      const toSecretary = outbox.escalationsToSecretary + outbox.digests;
      expect(toSecretary).toBeLessThanOrEqual(outbox.escalationsToHead);
      expect(audit.submittedOnTime + audit.submittedLate).toBe(submissions);
      const neverSubmitted = audit.opened - submissions;
      expect(audit.missed).toBeGreaterThanOrEqual(neverSubmitted);
      expect(audit.missed).toBeLessThanOrEqual(neverSubmitted + audit.submittedLate);
      expect(toSecretary).toBeGreaterThanOrEqual(neverSubmitted > 0 ? 1 : 0);
      expect(toSecretary).toBeLessThan(neverSubmitted); // the demo year's many misses share a few mornings
      // whoever did not submit on time had every reminder, monthly ones included; whoever did, fewer
      expect(outbox.reminders).toBeGreaterThanOrEqual(everyReminder * (audit.opened - audit.submittedOnTime));
      expect(outbox.reminders).toBeLessThan(everyReminder * audit.opened);
      // monthly reminders count as reminders: nothing else went out in a year without changes
      expect(outbox.other + outbox.changes + audit.moved + audit.waived).toBe(0);
    }
    // The demo year has reports on time, late and never
    expect(first.audit.submittedOnTime).toBeGreaterThan(0);
    expect(first.audit.submittedLate).toBeGreaterThan(0);
    expect(first.audit.opened).toBeGreaterThan(first.submissions);
    // Same seed, same year; another seed, another year
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  }, 240_000);
});

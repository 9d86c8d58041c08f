import { describe, expect, it } from 'vitest';
import { demoOpds, demoPeople } from '#infra/local/demo-city.ts';
import { datesAndSlots } from '#test/support/cycle-mail.ts';
import {
  city,
  createCycleRuntime,
  cycleStart,
  demoMonthlySlots,
  smallCityOpds,
} from '#test/support/cycle-runtime.ts';

/** The operators the demo seed gives each OPD: the demo people where they exist, else `operator.<opd>`. */
const seededOperatorEmails = demoOpds.map(
  (opd) =>
    demoPeople.find((p) => p.role === 'opd-operator' && p.opd === opd.id)?.email ??
    `operator.${opd.id}@example.org`,
);

const secondOperator = {
  city,
  personId: 'operator2-diskominfo',
  name: 'Second Operator Diskominfo',
  email: 'operator2.diskominfo@example.org',
  role: 'opd-operator' as const,
  opd: 'diskominfo',
  language: 'en' as const,
};

describe('reminders of the cycle clock, on the synthesized workflows', () => {
  it('sends the monthly reminders, then D-30, D-14, D-7, D-1 and D-0, on their working days at 08:00 WIB', async () => {
    // Prepare: innovation reports due Friday 30 October 2026
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    expect((await rt.startCycle()).status).toBe('SUCCEEDED');

    // Act
    await rt.advanceTo('2026-10-30T02:00:00.000Z');

    // Assess: the same ladder for every OPD
    for (const opd of smallCityOpds) {
      const reminders = rt
        .outbox()
        .filter((e) => e.obligationId === rt.obligationId(opd) && e.slot !== 'kickoff');
      expect(datesAndSlots(reminders)).toEqual([
        // The first working day of each month after the kick-off's, until D-30
        ['2026-02-02T01:00:00.000Z', 'M-2026-02'], // Monday: 1 February is a Sunday
        ['2026-03-02T01:00:00.000Z', 'M-2026-03'], // Monday: 1 March is a Sunday
        ['2026-04-01T01:00:00.000Z', 'M-2026-04'], // Wednesday
        ['2026-05-04T01:00:00.000Z', 'M-2026-05'], // Monday: Labour Day on Friday 1 May
        ['2026-06-02T01:00:00.000Z', 'M-2026-06'], // Tuesday: Pancasila Day on Monday 1 June
        ['2026-07-01T01:00:00.000Z', 'M-2026-07'], // Wednesday
        ['2026-08-03T01:00:00.000Z', 'M-2026-08'], // Monday: 1 August is a Saturday
        ['2026-09-01T01:00:00.000Z', 'M-2026-09'], // Tuesday
        ['2026-09-30T01:00:00.000Z', 'D-30'], // Wednesday
        ['2026-10-16T01:00:00.000Z', 'D-14'], // Friday
        ['2026-10-23T01:00:00.000Z', 'D-7'], // Friday
        ['2026-10-29T01:00:00.000Z', 'D-1'], // Thursday
        ['2026-10-30T01:00:00.000Z', 'D-0'], // Friday, the due date
      ]);
    }
    const diskominfo = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(diskominfo.every((e) => e.to === 'operator.diskominfo@example.org')).toBe(true);
    expect(diskominfo.find((e) => e.slot === 'M-2026-02')?.subject).toMatch(/^270 hari lagi: /);
    expect(diskominfo.at(-1)?.subject).toMatch(/^Hari ini tenggat: /);
    expect(rt.failures).toEqual([]);
  });

  it('moves a reminder that falls on a holiday or collective leave to the working day before', async () => {
    // Prepare: due Friday 27 March 2026, so D-7 is Friday 20 March (collective leave for Idulfitri),
    // Thursday 19 March is Nyepi and Wednesday 18 March collective leave for Nyepi
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle({ innovationDue: '2026-03-27' });

    // Act
    await rt.advanceTo('2026-03-28T00:00:00.000Z');

    // Assess
    const diskominfo = rt
      .outbox()
      .filter((e) => e.obligationId === rt.obligationId('diskominfo') && e.slot !== 'kickoff');
    expect(datesAndSlots(diskominfo)).toEqual([
      ['2026-02-02T01:00:00.000Z', 'M-2026-02'], // the only month before D-30
      ['2026-02-25T01:00:00.000Z', 'D-30'],
      ['2026-03-13T01:00:00.000Z', 'D-14'],
      ['2026-03-17T01:00:00.000Z', 'D-7'], // Tuesday, the working day before 18-20 March
      ['2026-03-26T01:00:00.000Z', 'D-1'], // after the collective leave of 23-24 March
      ['2026-03-27T01:00:00.000Z', 'D-0'],
    ]);
    const d7 = diskominfo.find((e) => e.slot === 'D-7');
    expect(d7?.subject).toMatch(/^10 hari lagi: /); // it counts the days really left
    const daysSent = new Set(rt.outbox().map((e) => e.date.slice(0, 10)));
    for (const dayOff of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) {
      expect(daysSent.has(dayOff)).toBe(false);
    }
  });

  it('skips and counts the reminders already past when the cycle opens late', async () => {
    // Prepare: the cycle opens on Tuesday 20 October, after D-30 and D-14
    const rt = await createCycleRuntime({ start: '2026-10-20T01:00:00.000Z' });
    await rt.seedSmallCity();

    // Act
    const kickoff = await rt.startCycle();

    // Assess: one batch; D-7, D-1, D-0, E-1 and E-2 scheduled for each OPD, no monthly reminder left
    expect(kickoff.output).toEqual({
      city,
      year: 2026,
      opened: smallCityOpds.length,
      alreadyOpen: 0,
      alreadySubmitted: 0,
      schedules: smallCityOpds.length * 5,
      skippedReminders: smallCityOpds.length * 2,
      emails: smallCityOpds.length,
    });
    const waiting = await rt.ports.localScheduler.due(new Date('2027-01-01T00:00:00.000Z'));
    expect(
      waiting.filter((s) => s.input.obligationId === rt.obligationId('bappeda')).map((s) => s.input.slot),
    ).toEqual(['D-7', 'D-1', 'D-0', 'E-1', 'E-2']);
  });

  it('sends the kick-off email to every operator of every OPD', async () => {
    // Prepare: the whole demo city, where Diskominfo has a second operator
    const rt = await createCycleRuntime();
    await rt.seed();
    await rt.ports.people.put(secondOperator);

    // Act
    const kickoff = await rt.startCycle();

    // Assess
    expect(kickoff.status).toBe('SUCCEEDED');
    const kickoffEmails = rt.outbox().filter((e) => e.slot === 'kickoff');
    expect(kickoffEmails.map((e) => e.to).sort()).toEqual(
      [...seededOperatorEmails, secondOperator.email].sort(),
    );
    expect(kickoffEmails.every((e) => e.date === cycleStart)).toBe(true);
    expect(new Set(kickoffEmails.map((e) => e.obligationId)).size).toBe(demoOpds.length);
    expect((await rt.auditActions()).filter((a) => a === 'obligation.opened')).toHaveLength(demoOpds.length);
  });

  it('sends each reminder to every operator of the OPD, in their language', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.ports.people.put(secondOperator);
    await rt.startCycle();

    // Act
    await rt.advanceTo('2026-09-30T02:00:00.000Z');

    // Assess
    const d30 = rt
      .outbox()
      .filter((e) => e.obligationId === rt.obligationId('diskominfo') && e.slot === 'D-30');
    expect(d30.map((e) => [e.to, e.subject.split(':')[0]]).sort()).toEqual([
      ['operator.diskominfo@example.org', '30 hari lagi'],
      ['operator2.diskominfo@example.org', '30 days left'],
    ]);
  });

  it('sends no further reminder or escalation to an OPD that has submitted', async () => {
    // Prepare: Diskominfo gets its D-30 reminder, then submits on 1 October at 10:00 WIB
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-10-01T03:00:00.000Z');
    const { submission } = await rt.submitReport('diskominfo');

    // Act: the rest of the reminder ladder and the escalations
    await rt.advanceTo('2026-11-10T00:00:00.000Z');

    // Assess
    const diskominfo = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(diskominfo.map((e) => e.slot)).toEqual(['kickoff', ...demoMonthlySlots, 'D-30']);
    expect(await rt.obligation('diskominfo')).toMatchObject({
      status: 'submitted',
      late: false,
      submissionId: submission.submissionId,
    });
    const bappeda = rt
      .outbox()
      .filter((e) => e.obligationId === rt.obligationId('bappeda') && !e.slot.startsWith('digest'));
    expect(bappeda.map((e) => e.slot)).toEqual([
      'kickoff',
      ...demoMonthlySlots,
      'D-30',
      'D-14',
      'D-7',
      'D-1',
      'D-0',
      'E-1',
    ]);
    // Bappeda and Dinas Kesehatan reach the secretary in one digest; Diskominfo, which submitted, does not.
    expect(
      rt
        .outbox()
        .filter((e) => e.to === 'sekda@example.org')
        .map((e) => e.slot.slice(0, 17)),
    ).toEqual(['digest-2026-11-04']);
    expect(rt.failures).toEqual([]);
  });
});

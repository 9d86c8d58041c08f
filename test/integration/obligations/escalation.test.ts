import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { datesAndSlots } from '#test/support/cycle-mail.ts';
import { createCycleRuntime, demoMonthlySlots, smallCityOpds } from '#test/support/cycle-runtime.ts';

// Innovation reports due Friday 30 October 2026: E-1 is due Monday 2 November (the first working
// day after the deadline), E-2 Wednesday 4 November (the third).

describe('escalation of a missed obligation, on the synthesized workflows', () => {
  it('marks an obligation never submitted missed and escalates to its head, then to the secretary', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    const id = rt.obligationId('bappeda');

    // Act: to the first working day after the deadline
    await rt.advanceTo('2026-11-02T02:00:00.000Z');

    // Assess: missed, once; the head told, the secretary not yet
    expect(await rt.obligation('bappeda')).toMatchObject({ status: 'missed', late: false });
    const missed = (await rt.auditEvents()).filter((e) => e.action === 'obligation.missed');
    expect(missed.map((e) => e.entity.id).sort()).toEqual(
      smallCityOpds.map((opd) => rt.obligationId(opd)).sort(),
    );
    expect(missed.find((e) => e.entity.id === id)).toMatchObject({
      actor: 'system:obligation-reminder',
      at: '2026-11-02T01:00:00.000Z',
      before: { status: 'open' },
      after: { status: 'missed' },
    });
    // Each head heads one OPD: the day's digest of one escalation is that escalation, half an hour later.
    expect(rt.outbox().filter((e) => e.slot.startsWith('E-'))).toMatchObject(
      smallCityOpds.map(() => ({ slot: 'E-1', date: '2026-11-02T01:30:00.000Z' })),
    );
    expect(rt.outbox().filter((e) => e.obligationId === id && e.slot === 'E-1')).toMatchObject([
      { to: 'kepala.bappeda@example.org', personId: 'kepala-bappeda' },
    ]);

    // Act: to the third working day after the deadline
    await rt.advanceTo('2026-11-05T00:00:00.000Z');

    // Assess
    const bappeda = rt.outbox().filter((e) => e.obligationId === id && e.slot.startsWith('E-'));
    expect(datesAndSlots(bappeda)).toEqual([['2026-11-02T01:30:00.000Z', 'E-1']]);
    expect(bappeda.map((e) => e.to)).toEqual(['kepala.bappeda@example.org']);
    const diskominfoHead = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(diskominfoHead.find((e) => e.slot === 'E-1')?.to).toBe('kepala.diskominfo@example.org');
    // The secretary: the three OPDs that missed, in one digest on the third working day.
    const toSecretary = rt.outbox().filter((e) => e.to === 'sekda@example.org');
    expect(toSecretary.map((e) => [e.date, e.slot.split('-').slice(0, 4).join('-')])).toEqual([
      ['2026-11-04T01:30:00.000Z', 'digest-2026-11-04'],
    ]);
    expect((await rt.auditActions()).filter((a) => a === 'obligation.missed')).toHaveLength(
      smallCityOpds.length,
    );
    expect(rt.failures).toEqual([]);
  });

  it('accepts a late submission before the phase closes, flags it late and escalates no further', async () => {
    // Prepare: Bappeda misses the deadline and its head is told on Monday 2 November
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-11-03T03:00:00.000Z');
    expect(await rt.obligation('bappeda')).toMatchObject({ status: 'missed', closes: '2026-12-11' });

    // Act: it submits on Tuesday 3 November at 10:00 WIB, then the cycle goes on
    const { submission, replayed } = await rt.submitReport('bappeda');
    await rt.advanceTo('2026-11-10T00:00:00.000Z');

    // Assess
    expect(replayed).toBe(false);
    const id = rt.obligationId('bappeda');
    expect(await rt.obligation('bappeda')).toMatchObject({
      status: 'submitted',
      late: true,
      submissionId: submission.submissionId,
    });
    expect((await rt.auditEvents()).filter((e) => e.action === 'obligation.submitted')).toMatchObject([
      { entity: { id }, before: { status: 'missed' }, after: { status: 'submitted', late: true } },
    ]);
    const bappeda = rt.outbox().filter((e) => e.obligationId === id);
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
    // The two OPDs still missing reach the secretary in one digest, which leaves Bappeda out.
    const [digest, ...more] = rt.outbox().filter((e) => e.to === 'sekda@example.org');
    expect(more).toEqual([]);
    const text = (await PostalMime.parse(rt.ports.outbox.read(digest?.file ?? ''))).text ?? '';
    expect(text).toContain(`${smallCityOpds.length - 1} OPD melewati tenggat`);
    expect(text).not.toContain('Bappeda');
    expect(rt.failures).toEqual([]);
  });
});

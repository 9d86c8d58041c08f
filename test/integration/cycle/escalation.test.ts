import { describe, expect, it } from 'vitest';
import { datesAndSlots } from '#test/support/cycle-mail.ts';
import { createCycleRuntime, smallCityOpds } from '#test/support/cycle-runtime.ts';

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
    expect(rt.outbox().filter((e) => e.slot.startsWith('E-'))).toMatchObject(
      smallCityOpds.map(() => ({ slot: 'E-1', date: '2026-11-02T01:00:00.000Z' })),
    );
    expect(rt.outbox().filter((e) => e.obligationId === id && e.slot === 'E-1')).toMatchObject([
      { to: 'kepala.bappeda@example.org', personId: 'kepala-bappeda' },
    ]);

    // Act: to the third working day after the deadline
    await rt.advanceTo('2026-11-05T00:00:00.000Z');

    // Assess
    const bappeda = rt.outbox().filter((e) => e.obligationId === id && e.slot.startsWith('E-'));
    expect(datesAndSlots(bappeda)).toEqual([
      ['2026-11-02T01:00:00.000Z', 'E-1'],
      ['2026-11-04T01:00:00.000Z', 'E-2'],
    ]);
    expect(bappeda.map((e) => e.to)).toEqual(['kepala.bappeda@example.org', 'sekda@example.org']);
    const diskominfoHead = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(diskominfoHead.find((e) => e.slot === 'E-1')?.to).toBe('kepala.diskominfo@example.org');
    expect(
      rt
        .outbox()
        .filter((e) => e.slot === 'E-2')
        .map((e) => e.to),
    ).toEqual(smallCityOpds.map(() => 'sekda@example.org'));
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
    expect(bappeda.map((e) => e.slot)).toEqual(['kickoff', 'D-30', 'D-14', 'D-7', 'D-1', 'D-0', 'E-1']);
    expect(rt.outbox().filter((e) => e.slot === 'E-2')).toHaveLength(smallCityOpds.length - 1);
    expect(rt.failures).toEqual([]);
  });
});

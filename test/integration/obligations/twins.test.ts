import { describe, expect, it } from 'vitest';
import { createCycleRuntime } from '#test/support/cycle-runtime.ts';

// Scheduler delivers at least once, and locally the engine and `siklus clock advance` may both
// fire a schedule: twin executions of one slot must end as one.
describe('twin executions of one escalation slot', () => {
  it('marks the obligation missed once, fails neither twin, and escalates once', async () => {
    // Prepare: just before Bappeda's first escalation (Monday 2 November, 08:00 WIB)
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-11-02T00:59:00.000Z');
    const id = rt.obligationId('bappeda');
    const input = {
      obligationId: id,
      deadlineVersion: 1,
      slot: 'E-1',
      scheduledTime: '2026-11-02T01:00:00.000Z',
    };
    rt.clock.set(new Date('2026-11-02T01:00:00.000Z'));

    // Act: the same slot twice at once
    const twins = await Promise.all([
      rt.workflows.start('obligation-reminder', input),
      rt.workflows.start('obligation-reminder', input),
    ]);
    await rt.advanceTo('2026-11-02T02:00:00.000Z');

    // Assess
    expect(twins.map((t) => t.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const missed = (await rt.auditEvents()).filter(
      (e) => e.action === 'obligation.missed' && e.entity.id === id,
    );
    expect(missed).toHaveLength(1);
    expect(rt.outbox().filter((e) => e.obligationId === id && e.slot === 'E-1')).toHaveLength(1);
    expect(rt.failures).toEqual([]);
  });
});

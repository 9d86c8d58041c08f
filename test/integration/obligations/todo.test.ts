import { describe, expect, it } from 'vitest';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { createCycleRuntime } from '#test/support/cycle-runtime.ts';
import { httpEvent } from '#test/support/http-event.ts';

describe("the OPD's to-do list in a cycle", () => {
  it('shows what is due and when, and says when the deadline has passed', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    const identity = {
      subject: 'operator-bappeda',
      city: 'jambi',
      opd: 'bappeda',
      roles: ['opd-operator' as const],
    };
    const { id } = await rt.ports.sessions.create({ identity, via: 'demo' }, 3600);
    const web = createLocalFunctions(rt.ports).web;
    const todo = async () => {
      const result = (await web?.(
        httpEvent('GET', '/tugas', { cookies: [`__Host-siklus-session=${id}`] }) as never,
        {} as never,
      )) as { statusCode: number; body: string };
      expect(result.statusCode).toBe(200);
      return result.body;
    };

    // Act + Assess: open, due 30 October 2026 at the end of the day, WIB
    expect(await todo()).toContain('Tenggat:</strong> 30 Oktober 2026 pukul 23.59 WIB');
    expect(await todo()).not.toContain('Lewat tenggat');

    // Act + Assess: after the deadline and its escalation, the list says so
    await rt.advanceTo('2026-11-03T00:00:00.000Z');
    expect(await todo()).toContain('Lewat tenggat, belum dikirim');
  });
});

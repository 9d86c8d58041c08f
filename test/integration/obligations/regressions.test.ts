import { describe, expect, it } from 'vitest';
import { moveDeadline } from '#functions/obligations/admin.ts';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import { countingMailer } from '#test/support/cycle-mail.ts';
import { createCycleRuntime } from '#test/support/cycle-runtime.ts';

describe('cycle regressions', () => {
  it('sends no second kick-off email when the kick-off runs again after a deadline moved', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await moveDeadline(rt.obligationDeps, 'admin', rt.obligationId('diskominfo'), '2026-11-13');
    const mailer = countingMailer(rt.ports.mailer);

    // Act
    const again = await rt.runnerWith({ mailer }).start('cycle-kickoff', { city: 'jambi', year: 2026 });

    // Assess
    expect(again.status).toBe('SUCCEEDED');
    expect(mailer.attempts()).toBe(0);
  });

  it('does not send again at once when a send timed out after the mail service accepted it', async () => {
    // Prepare: SES accepts the first message, but the call times out (the SDK's TimeoutError)
    const rt = await createCycleRuntime({ start: '2026-09-30T01:00:00.000Z' });
    await rt.seedSmallCity();
    await rt.startCycle();
    const input = {
      obligationId: rt.obligationId('diskominfo'),
      deadlineVersion: 1,
      slot: 'D-30',
      scheduledTime: '2026-09-30T01:00:00.000Z',
    };
    let accepted = 0;
    const timingOut: Mailer = {
      send: async (message) => {
        const sent = await rt.ports.mailer.send(message);
        // Only Diskominfo's D-30 counts; the other OPDs' D-30 schedules fire on the way too.
        if (!message.idempotencyKey.startsWith(input.obligationId)) return sent;
        if (++accepted === 1)
          throw classifyError(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
        return sent;
      },
    };

    // Act
    const result = await rt.runnerWith({ mailer: timingOut }).start('obligation-reminder', input);

    // Assess: not sent again at once; a recheck after the lease sends it, as a possible duplicate
    expect(result.status).toBe('SUCCEEDED');
    expect(accepted).toBe(1);
    expect(result.output).toMatchObject({ unknownOutcome: 1, sent: 0 });
    await rt.advanceTo('2026-09-30T01:07:00.000Z', rt.fireWith(rt.runnerWith({ mailer: timingOut })));
    expect(accepted).toBe(2);
  });

  it('leaves an obligation missed when its report comes after the phase closed', async () => {
    // Prepare: late reports accepted until Friday 6 November
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle({ innovationCloses: '2026-11-06' });
    await rt.advanceTo('2026-11-09T03:00:00.000Z');

    // Act: Bappeda submits on Monday 9 November
    await rt.submitReport('bappeda');

    // Assess
    expect(await rt.obligation('bappeda')).toMatchObject({ status: 'missed', closes: '2026-11-06' });
  });
});

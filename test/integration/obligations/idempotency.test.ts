import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { deliveryKey } from '#functions/obligations/schedules.ts';
import { keys } from '#functions/platform/identity/keys.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { countingMailer, flakyMailer } from '#test/support/cycle-mail.ts';
import { type CycleRuntime, createCycleRuntime, smallCityOpds } from '#test/support/cycle-runtime.ts';
import { obligationReminderStates } from '#workflows/obligation-reminder.ts';

/** The day before D-30 (Wednesday 30 September, 08:00 WIB), so the kick-off schedules every slot. */
const start = '2026-09-29T01:00:00.000Z';
const d30 = '2026-09-30T01:00:00.000Z';

const d30Input = (rt: CycleRuntime, opd: string) => ({
  obligationId: rt.obligationId(opd),
  deadlineVersion: 1,
  slot: 'D-30',
  scheduledTime: d30,
});

/** The delivery record of one email, as the claim left it. */
async function delivery(rt: CycleRuntime, opd: string, slot: string, personId: string) {
  const key = deliveryKey({ obligationId: rt.obligationId(opd), deadlineVersion: 1 }, slot, personId);
  const { Item } = await rt.table.documentClient.send(
    new GetCommand({ TableName: rt.table.tableName, Key: keys.claim(`mail#${key}`), ConsistentRead: true }),
  );
  return Item;
}

describe('sends at most once, on the synthesized workflows', () => {
  it('sends one email when the same schedule fires twice', async () => {
    // Prepare
    const rt = await createCycleRuntime({ start });
    await rt.seedSmallCity();
    await rt.startCycle();
    rt.clock.set(new Date(d30));
    const input = d30Input(rt, 'diskominfo');
    const mailer = countingMailer(rt.ports.mailer);
    const runner = rt.runnerWith({ mailer });

    // Act: two deliveries of the schedule (no execution name, so two executions), then its own firing
    const first = await runner.start('obligation-reminder', input);
    const second = await runner.start('obligation-reminder', input);
    const [schedule] = (await rt.ports.localScheduler.due(new Date(d30))).filter(
      (s) => s.input.obligationId === input.obligationId,
    );
    await rt.fireWith(runner)({ ...schedule!, input: { ...schedule!.input, scheduledTime: d30 } });

    // Assess
    expect([first.status, second.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(first.output).toMatchObject({ sent: 1, alreadySent: 0, possibleDuplicates: 0 });
    expect(second.output).toMatchObject({ sent: 0, alreadySent: 1, possibleDuplicates: 0 });
    expect(mailer.attempts()).toBe(1);
    const sent = rt.outbox().filter((e) => e.slot === 'D-30');
    expect(sent).toMatchObject([{ obligationId: input.obligationId, to: 'operator.diskominfo@example.org' }]);
    expect(rt.failures).toEqual([]);
  });

  it('opens nothing twice and sends no second kick-off email when the kick-off runs twice', async () => {
    // Prepare: the whole demo city, two batches of OPDs
    const rt = await createCycleRuntime({ start });
    await rt.seed();
    expect((await rt.startCycle()).status).toBe('SUCCEEDED');
    const before = await rt.table.dump();
    const emails = rt.outbox();
    const mailer = countingMailer(rt.ports.mailer);

    // Act
    const again = await rt.runnerWith({ mailer }).start('cycle-kickoff', { city: 'jambi', year: 2026 });

    // Assess: the same items (schedules replaced by themselves), no email sent
    expect(again.status).toBe('SUCCEEDED');
    expect(again.output).toMatchObject({ opened: 0, emails: 0 });
    expect(mailer.attempts()).toBe(0);
    expect(await rt.table.dump()).toEqual(before);
    expect(rt.outbox()).toEqual(emails);
    expect(emails.filter((e) => e.slot === 'kickoff')).toHaveLength(demoOpds.length);
    expect((await rt.auditActions()).filter((a) => a === 'obligation.opened')).toHaveLength(demoOpds.length);
  });

  it('retries the sends the mail service refused, and sends each reminder once', async () => {
    // Prepare: SES throttles the first two sends of the day (one execution retries twice) and the
    // fourth (the next execution retries once)
    const rt = await createCycleRuntime({ start });
    await rt.seedSmallCity();
    await rt.startCycle();
    const mailer = flakyMailer(rt.ports.mailer, (attempt) => attempt <= 2 || attempt === 4);
    const throttled = rt.runnerWith({ mailer });

    // Act
    await rt.advanceTo('2026-09-30T02:00:00.000Z', rt.fireWith(throttled));

    // Assess: 3 reminders went out in 6 attempts, each once, none lost
    expect(rt.failures).toEqual([]);
    expect(mailer.attempts()).toBe(smallCityOpds.length + 3);
    const sent = rt.outbox().filter((e) => e.slot === 'D-30');
    expect(sent.map((e) => e.obligationId).sort()).toEqual(
      smallCityOpds.map((o) => rt.obligationId(o)).sort(),
    );
    expect(sent.every((e) => e.date === d30)).toBe(true);
  });

  it('records the failure and gives the claim back when a send keeps failing; a later fire sends it once', async () => {
    // Prepare: SES refuses every message to Diskominfo's operator
    const rt = await createCycleRuntime({ start });
    await rt.seedSmallCity();
    await rt.startCycle();
    const mailer = flakyMailer(rt.ports.mailer, (_, m) => m.to === 'operator.diskominfo@example.org');

    // Act
    await rt.advanceTo('2026-09-30T02:00:00.000Z', rt.fireWith(rt.runnerWith({ mailer })));

    // Assess: one execution failed after 1 + 4 attempts, its failure recorded, its claim released
    expect(rt.failures).toHaveLength(1);
    const [failed] = rt.failures;
    expect(failed).toMatchObject({ status: 'FAILED', error: 'WorkflowFailed' });
    expect(mailer.attempts()).toBe(smallCityOpds.length - 1 + 5);
    expect(await rt.ports.records.listFailures(failed!.executionId)).toMatchObject([
      {
        workflow: 'obligation-reminder',
        state: obligationReminderStates.remind,
        error: 'TransientError',
        at: d30,
      },
    ]);
    expect(await delivery(rt, 'diskominfo', 'D-30', 'operator-diskominfo')).toMatchObject({
      state: 'released',
    });
    const sentFirst = rt.outbox().filter((e) => e.slot === 'D-30');
    expect(sentFirst).toHaveLength(smallCityOpds.length - 1);
    expect(sentFirst.some((e) => e.obligationId === rt.obligationId('diskominfo'))).toBe(false);

    // Act: the mail service is back; the failed schedule is fired again, twice
    const redriven = await rt.workflows.start('obligation-reminder', d30Input(rt, 'diskominfo'));
    const repeated = await rt.workflows.start('obligation-reminder', d30Input(rt, 'diskominfo'));

    // Assess: sent once, not flagged as a possible duplicate (the refused send never went out)
    expect(redriven.output).toMatchObject({ sent: 1, possibleDuplicates: 0 });
    expect(repeated.output).toMatchObject({ sent: 0, alreadySent: 1 });
    // ... and the next reminder comes as planned
    await rt.advanceTo('2026-10-16T02:00:00.000Z');
    const diskominfo = rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'));
    expect(diskominfo.map((e) => e.slot)).toEqual(['kickoff', 'D-30', 'D-14']);
    expect(await delivery(rt, 'diskominfo', 'D-30', 'operator-diskominfo')).toMatchObject({
      state: 'sent',
      attempts: 6,
      possibleDuplicate: false,
    });
  });
});

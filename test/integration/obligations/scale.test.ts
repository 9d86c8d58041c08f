import { describe, expect, it } from 'vitest';
import { kickoffBatchSize } from '#functions/obligations/kickoff.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import type { LocalHandler } from '#infra/local/functions.ts';
import { countingMailer } from '#test/support/cycle-mail.ts';
import { city, countingScheduler, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';

const opds = 4000;
/** What a kick-off state may hold: ids, the cursor and the counts of the last batch. */
const stateKeys = [
  'city',
  'year',
  'cursor',
  'opened',
  'alreadyOpen',
  'alreadySubmitted',
  'schedules',
  'skippedReminders',
  'emails',
];

describe('cycle-kickoff at scale', () => {
  /**
   * 4,000 OPDs: the demo city's 30 and 3,970 more. The mailer and the scheduler count their calls
   * instead of writing: with the real ones (an `.eml` file per email, an item per schedule) the
   * kick-off alone took ~110 s on a 2-core machine, too long for this folder; the point here is the
   * execution's history and state, which do not depend on them. The obligations, audit events and
   * delivery claims are written to DynamoDB Local as usual.
   */
  it('opens 4,000 OPDs in one execution whose history stays small and whose state is only a cursor', async () => {
    // Prepare
    const rt = await createCycleRuntime();
    const seeded = performance.now();
    await rt.seed({ extraOpds: opds - 30 });
    const seedMs = performance.now() - seeded;
    await startCycle(rt.ports, rt.clock, { city, year });
    const mailer = countingMailer();
    const scheduler = countingScheduler();
    const openBatch = rt.functionsWith({ mailer, scheduler })['kickoff-batch']!;
    const states: Record<string, unknown>[] = [];
    const watched: LocalHandler = async (event, context) => {
      states.push(event as Record<string, unknown>); // the task's payload is the whole state
      return openBatch(event, context);
    };
    const runner = rt.runnerWith({ mailer, scheduler }, { 'kickoff-batch': watched });

    // Act
    const began = performance.now();
    const result = await runner.start('cycle-kickoff', { city, year });
    const kickoffMs = performance.now() - began;

    // Assess
    console.info(
      `cycle-kickoff at ${opds} OPDs: ${Math.round(kickoffMs / 1000)} s (seed ${Math.round(seedMs / 1000)} s), ` +
        `${result.historyEvents} history events, ${result.transitions} state transitions, ${states.length} batches`,
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(result.historyEvents).toBeLessThan(25_000);
    // On AWS a Lambda task state logs 5 events and a Choice 2: still far below the limit
    expect(result.transitions * 5).toBeLessThan(25_000);
    expect(states.length).toBeGreaterThanOrEqual(opds / kickoffBatchSize);
    expect(states.length).toBeLessThanOrEqual(opds / kickoffBatchSize + 1);
    for (const state of [...states, result.output as Record<string, unknown>]) {
      expect(stateKeys).toEqual(expect.arrayContaining(Object.keys(state)));
      expect(Object.values(state).every((value) => typeof value !== 'object')).toBe(true);
      expect(JSON.stringify(state).length).toBeLessThan(512);
    }
    expect(result.output).not.toHaveProperty('cursor');
    expect(mailer.attempts()).toBe(opds); // one kick-off email per OPD's operator
    // Eight monthly reminders (February to September), five before the due date, two escalations
    expect(scheduler.scheduled()).toBe(opds * (8 + 5 + 2));
    expect(result.output).toMatchObject({ alreadySubmitted: 0, skippedReminders: 0 });
    expect(await rt.obligation('opd-3970')).toMatchObject({ status: 'open', deadlineVersion: 1 });
  }, 600_000);
});

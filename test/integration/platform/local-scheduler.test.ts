import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { ScheduleRequest } from '#functions/platform/ports/scheduler.ts';
import {
  createLocalScheduler,
  type LocalScheduler,
  type StoredSchedule,
} from '#infra/local/local-scheduler.ts';
import { createVirtualClock, type VirtualClock } from '#infra/local/virtual-clock.ts';
import { createTestTable } from '#test/support/test-table.ts';

const start = '2026-03-01T00:00:00.000Z';

const request = (name: string, at: string, overrides: Partial<ScheduleRequest> = {}): ScheduleRequest => ({
  group: 'jambi-2026',
  name,
  at: new Date(at),
  timeZone: 'Asia/Jakarta',
  workflow: 'obligation-reminder',
  input: { obligationId: name },
  ...overrides,
});

interface Fired {
  id: string;
  clock: string;
  scheduledTime: unknown;
}

describe('local scheduler on DynamoDB Local', () => {
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let clock: VirtualClock;
  let scheduler: LocalScheduler;
  let fired: Fired[];

  /** Records what fired, the virtual time it saw, and its input. */
  const record = async (schedule: StoredSchedule) => {
    fired.push({
      id: `${schedule.group}/${schedule.name}`,
      clock: clock.now().toISOString(),
      scheduledTime: schedule.input.scheduledTime,
    });
  };

  beforeEach(async () => {
    table = await createTestTable();
    clock = createVirtualClock(
      join(mkdtempSync(join(tmpdir(), 'siklus-sched-')), 'clock.json'),
      new Date(start),
    );
    scheduler = createLocalScheduler({ db: table.documentClient, tableName: table.tableName, clock });
    fired = [];
  });

  it('fires schedules in time order across groups, ties by group then name, each at its own time', async () => {
    // Prepare: written out of order
    await scheduler.schedule(request('c', '2026-03-05T02:00:00.000Z', { group: 'palu-2026' }));
    await scheduler.schedule(request('b', '2026-03-03T02:00:00.000Z'));
    await scheduler.schedule(request('a', '2026-03-05T02:00:00.000Z', { group: 'palu-2026' }));
    await scheduler.schedule(request('z', '2026-03-05T02:00:00.000Z'));
    await scheduler.schedule(request('a', '2026-03-02T02:00:00.000Z'));

    // Act
    const result = await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), record);

    // Assess
    expect(result).toEqual({ fired: 5 });
    expect(fired).toEqual([
      { id: 'jambi-2026/a', clock: '2026-03-02T02:00:00.000Z', scheduledTime: '2026-03-02T02:00:00.000Z' },
      { id: 'jambi-2026/b', clock: '2026-03-03T02:00:00.000Z', scheduledTime: '2026-03-03T02:00:00.000Z' },
      { id: 'jambi-2026/z', clock: '2026-03-05T02:00:00.000Z', scheduledTime: '2026-03-05T02:00:00.000Z' },
      { id: 'palu-2026/a', clock: '2026-03-05T02:00:00.000Z', scheduledTime: '2026-03-05T02:00:00.000Z' },
      { id: 'palu-2026/c', clock: '2026-03-05T02:00:00.000Z', scheduledTime: '2026-03-05T02:00:00.000Z' },
    ]);
    expect(await scheduler.count()).toBe(0);
  });

  it('passes the stored input, the workflow and the time zone to fire', async () => {
    // Prepare
    await scheduler.schedule(
      request('r1', '2026-03-02T02:00:00.000Z', {
        input: { obligationId: 'o-1', deadlineVersion: 2, late: false },
      }),
    );
    const seen: StoredSchedule[] = [];

    // Act
    await scheduler.runUntil(new Date('2026-03-03T00:00:00.000Z'), async (s) => {
      seen.push(s);
    });

    // Assess
    expect(seen).toEqual([
      {
        group: 'jambi-2026',
        name: 'r1',
        at: new Date('2026-03-02T02:00:00.000Z'),
        timeZone: 'Asia/Jakarta',
        workflow: 'obligation-reminder',
        input: {
          obligationId: 'o-1',
          deadlineVersion: 2,
          late: false,
          scheduledTime: '2026-03-02T02:00:00.000Z',
        },
      },
    ]);
  });

  it('fires, in order and in the same run, a schedule that a fired execution creates before until', async () => {
    // Prepare: the execution schedules through another instance, as a workflow's own ports would
    const other = createLocalScheduler({ db: table.documentClient, tableName: table.tableName, clock });
    await scheduler.schedule(request('first', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('last', '2026-03-20T00:00:00.000Z'));
    const fire = async (schedule: StoredSchedule) => {
      await record(schedule);
      if (schedule.name === 'first') {
        await other.schedule(request('follow-up', '2026-03-10T00:00:00.000Z'));
        await other.schedule(request('next-month', '2026-04-10T00:00:00.000Z'));
      }
    };

    // Act
    const result = await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), fire);

    // Assess
    expect(result).toEqual({ fired: 3 });
    expect(fired.map((f) => [f.id, f.clock])).toEqual([
      ['jambi-2026/first', '2026-03-02T00:00:00.000Z'],
      ['jambi-2026/follow-up', '2026-03-10T00:00:00.000Z'],
      ['jambi-2026/last', '2026-03-20T00:00:00.000Z'],
    ]);
    expect((await scheduler.due(new Date('2027-01-01T00:00:00.000Z'))).map((s) => s.name)).toEqual([
      'next-month',
    ]);
  });

  it('fires a replaced schedule once, at its new time', async () => {
    // Prepare
    await scheduler.schedule(request('deadline', '2026-03-05T00:00:00.000Z'));
    await scheduler.schedule(request('deadline', '2026-03-12T00:00:00.000Z', { input: { version: 2 } }));

    // Act
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), record);

    // Assess
    expect(fired).toEqual([
      {
        id: 'jambi-2026/deadline',
        clock: '2026-03-12T00:00:00.000Z',
        scheduledTime: '2026-03-12T00:00:00.000Z',
      },
    ]);
  });

  it('does not fire a schedule that an earlier execution of the same run moved or cancelled', async () => {
    // Prepare
    await scheduler.schedule(request('a', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('moved', '2026-03-03T00:00:00.000Z'));
    await scheduler.schedule(request('cancelled', '2026-03-04T00:00:00.000Z'));
    const fire = async (schedule: StoredSchedule) => {
      await record(schedule);
      if (schedule.name === 'a') {
        await scheduler.schedule(request('moved', '2026-03-25T00:00:00.000Z'));
        await scheduler.cancel('jambi-2026', 'cancelled');
      }
    };

    // Act
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), fire);

    // Assess
    expect(fired.map((f) => [f.id, f.clock])).toEqual([
      ['jambi-2026/a', '2026-03-02T00:00:00.000Z'],
      ['jambi-2026/moved', '2026-03-25T00:00:00.000Z'],
    ]);
  });

  it('keeps a schedule that its own execution moved later, and fires it again at the new time', async () => {
    // Prepare
    await scheduler.schedule(request('snooze', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('other', '2026-03-03T00:00:00.000Z'));
    const fire = async (schedule: StoredSchedule) => {
      await record(schedule);
      if (schedule.name === 'snooze' && fired.length === 1) {
        await scheduler.schedule(request('snooze', '2026-03-20T00:00:00.000Z'));
      }
    };

    // Act
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), fire);

    // Assess
    expect(fired.map((f) => [f.id, f.clock])).toEqual([
      ['jambi-2026/snooze', '2026-03-02T00:00:00.000Z'],
      ['jambi-2026/other', '2026-03-03T00:00:00.000Z'],
      ['jambi-2026/snooze', '2026-03-20T00:00:00.000Z'],
    ]);
    expect(await scheduler.count()).toBe(0);
  });

  it('fires each schedule once when two runs overlap', async () => {
    // Prepare: a slow execution, and a second advance requested while it runs
    await scheduler.schedule(request('a', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('b', '2026-03-03T00:00:00.000Z'));
    const slow = async (schedule: StoredSchedule) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await record(schedule);
    };

    // Act
    const [first, second] = await Promise.all([
      scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), slow),
      scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), slow),
    ]);

    // Assess
    expect(fired.map((f) => f.id)).toEqual(['jambi-2026/a', 'jambi-2026/b']);
    expect([first.fired, second.fired]).toEqual([2, 0]);
  });

  it('never fires a cancelled schedule, and cancelling a missing one is fine', async () => {
    // Prepare
    await scheduler.schedule(request('kept', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('dropped', '2026-03-03T00:00:00.000Z'));

    // Act
    await scheduler.cancel('jambi-2026', 'dropped');
    await scheduler.cancel('jambi-2026', 'never-existed');
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), record);

    // Assess
    expect(fired.map((f) => f.id)).toEqual(['jambi-2026/kept']);
  });

  it('ends with the clock at until and leaves later schedules waiting', async () => {
    // Prepare
    await scheduler.schedule(request('due', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('at-until', '2026-03-10T00:00:00.000Z'));
    await scheduler.schedule(request('just-after', '2026-03-10T00:00:00.001Z'));

    // Act
    const result = await scheduler.runUntil(new Date('2026-03-10T00:00:00.000Z'), record);

    // Assess
    expect(result).toEqual({ fired: 2 });
    expect(clock.now().toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(await scheduler.count()).toBe(1);
    expect((await scheduler.due(new Date('2026-03-10T00:00:00.001Z'))).map((s) => s.name)).toEqual([
      'just-after',
    ]);
  });

  it('fires an overdue schedule at the current time, never moving the clock back', async () => {
    // Prepare
    clock.set(new Date('2026-03-15T00:00:00.000Z'));
    await scheduler.schedule(request('overdue', '2026-03-02T00:00:00.000Z'));

    // Act
    await scheduler.runUntil(new Date('2026-03-16T00:00:00.000Z'), record);

    // Assess: its input still says when it was due
    expect(fired).toEqual([
      {
        id: 'jambi-2026/overdue',
        clock: '2026-03-15T00:00:00.000Z',
        scheduledTime: '2026-03-02T00:00:00.000Z',
      },
    ]);
    expect(clock.now().toISOString()).toBe('2026-03-16T00:00:00.000Z');
  });

  it('puts a schedule back and rethrows when fire throws, so a later run fires it', async () => {
    // Prepare
    await scheduler.schedule(request('a', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('b', '2026-03-03T00:00:00.000Z'));
    const broken = async (schedule: StoredSchedule) => {
      if (schedule.name === 'b') throw new Error('runtime down');
      await record(schedule);
    };

    // Act
    const failing = scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), broken);

    // Assess
    await expect(failing).rejects.toThrow('runtime down');
    expect(fired.map((f) => f.id)).toEqual(['jambi-2026/a']);
    expect((await scheduler.due(new Date('2026-03-31T00:00:00.000Z'))).map((s) => s.name)).toEqual(['b']);
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), record);
    expect(fired.map((f) => f.id)).toEqual(['jambi-2026/a', 'jambi-2026/b']);
  });

  it('reports progress after each fire', async () => {
    await scheduler.schedule(request('a', '2026-03-02T00:00:00.000Z'));
    await scheduler.schedule(request('b', '2026-03-03T00:00:00.000Z'));
    const progress: number[] = [];
    await scheduler.runUntil(new Date('2026-03-31T00:00:00.000Z'), record, (n) => progress.push(n));
    expect(progress).toEqual([1, 2]);
  });

  it('lists due schedules earliest first, up to a limit, across pages', async () => {
    // Prepare: more than one query page (100)
    const times = Array.from({ length: 130 }, (_, i) => new Date(Date.parse(start) + (130 - i) * 60_000));
    await Promise.all(times.map((at, i) => scheduler.schedule(request(`s${i}`, at.toISOString()))));

    // Act
    const all = await scheduler.due(new Date('2026-03-02T00:00:00.000Z'));
    const first = await scheduler.due(new Date('2026-03-02T00:00:00.000Z'), 3);

    // Assess
    expect(all).toHaveLength(130);
    expect(all.map((s) => s.at.getTime())).toEqual([...times].reverse().map((t) => t.getTime()));
    expect(first.map((s) => s.name)).toEqual(['s129', 's128', 's127']);
    expect(await scheduler.count()).toBe(130);
  });

  it('refuses names EventBridge Scheduler would refuse', async () => {
    await expect(scheduler.schedule(request('obl#1', '2026-03-02T00:00:00.000Z'))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(scheduler.cancel('jambi/2026', 'a')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await table.dump()).toEqual([]);
  });

  it('runs 1,000 schedules in time order', async () => {
    // Prepare: spread over a year, written in chunks
    const year = 365 * 86_400_000;
    const requests = Array.from({ length: 1000 }, (_, i) =>
      request(`r${i}`, new Date(Date.parse(start) + ((i * 7919) % 1000) * (year / 1000) + 1).toISOString(), {
        group: i % 2 ? 'jambi-2026' : 'palu-2026',
      }),
    );
    for (let i = 0; i < requests.length; i += 50) {
      await Promise.all(requests.slice(i, i + 50).map((r) => scheduler.schedule(r)));
    }
    const seen: number[] = [];

    // Act
    const began = performance.now();
    const result = await scheduler.runUntil(new Date('2027-03-01T00:00:00.000Z'), async (s) => {
      seen.push(s.at.getTime());
    });
    const elapsed = performance.now() - began;

    // Assess
    console.info(`runUntil over 1,000 schedules: ${Math.round(elapsed)} ms`);
    expect(result).toEqual({ fired: 1000 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await scheduler.count()).toBe(0);
    expect(clock.now().toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });
});

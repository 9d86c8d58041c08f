import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { assertScheduleId, validateScheduleRequest } from '#functions/platform/aws/eventbridge-scheduler.ts';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { ScheduleRequest, Scheduler } from '#functions/platform/ports/scheduler.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';
import { indexKeys, keys } from './schedule-keys.ts';

/** A schedule as the local scheduler keeps it; `fire` receives it with `input.scheduledTime` set. */
export type StoredSchedule = ScheduleRequest;

export interface LocalScheduler extends Scheduler {
  /** Schedules due by `until`, earliest first (ties by group, then name); all of them without `limit`. */
  due(until: Date, limit?: number): Promise<StoredSchedule[]>;
  /**
   * Fires, in time order, every schedule due by `until`, including those that a fired execution
   * creates for a moment before `until`; then moves a virtual clock to `until`.
   */
  runUntil(
    until: Date,
    fire: (schedule: StoredSchedule) => Promise<void>,
    onProgress?: (fired: number) => void,
  ): Promise<{ fired: number }>;
  /** How many schedules wait. */
  count(): Promise<number>;
}

export interface LocalSchedulerOptions {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** A clock with `set` (the virtual clock) is moved to each schedule's time as it fires. */
  clock: Clock;
}

type ScheduleItem = Key & Omit<ScheduleRequest, 'at'> & { at: string };

const pageSize = 100;

/** Per table, in this process: who watches schedule writes, and the run in progress. */
const tables = new Map<string, { watchers: Set<(id: string) => void>; running: Promise<unknown> }>();
const tableState = (tableName: string) => {
  const state = tables.get(tableName) ?? { watchers: new Set(), running: Promise.resolve() };
  tables.set(tableName, state);
  return state;
};

/**
 * The scheduler port of the embedded runtime: schedules are items of the table, listed in gsi1 by
 * due time, that fire as `runUntil` passes them, like EventBridge Scheduler: each fires once with
 * `scheduledTime` in its input, then is deleted (ActionAfterCompletion DELETE). A virtual clock is
 * moved to each schedule's `at` as it fires, never backwards (an overdue one fires at the current
 * time), so the execution sees the time it was due.
 *
 * Decisions:
 * - Fired schedules are deleted a page at a time after they ran (one BatchWrite per 25, not one
 *   conditional delete each: 1,000 schedules run about three times faster). A crash in between
 *   fires them again on the next run: at least once, as on AWS, whose second delivery finds the
 *   work done. A schedule written again while its page ran (replaced, or cancelled) is left as
 *   the writer left it.
 * - After a fire that wrote schedules (through any local scheduler of this process), the next
 *   page is queried at once, so a new schedule due before the rest of the page fires first.
 * - A `fire` that throws stops the run and is rethrown; its schedule stays, and the next run fires
 *   it again, so nothing due is lost. The workflow runner records failed executions itself and
 *   does not throw, so a throw means a fault of the runtime (the database went away).
 * - Runs on one table are serialized within the process, so a schedule never fires twice at once.
 */
export function createLocalScheduler({ db, tableName, clock }: LocalSchedulerOptions): LocalScheduler {
  const state = tableState(tableName);
  const noteWrite = (group: string, name: string) => {
    for (const watch of state.watchers) watch(`${group}#${name}`);
  };

  const moveClockTo = (to: Date) => {
    const settable = clock as Clock & { set?: (to: Date) => void };
    if (typeof settable.set === 'function' && to.getTime() > clock.now().getTime()) settable.set(to);
  };

  const query = async (until: Date, limit: number, start?: Record<string, unknown>) => {
    const { gsi1pk, gsi1skBelow } = indexKeys.schedulesDueBy(until.toISOString());
    const { Items = [], LastEvaluatedKey } = await tableCall(() =>
      db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: gsi1,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :below',
          ExpressionAttributeValues: { ':pk': gsi1pk, ':below': gsi1skBelow },
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      ),
    );
    return { items: Items as ScheduleItem[], next: LastEvaluatedKey };
  };

  const deleteAll = async (items: ScheduleItem[]) => {
    for (let i = 0; i < items.length; i += 25) {
      let requests = items.slice(i, i + 25).map(({ pk, sk }) => ({ DeleteRequest: { Key: { pk, sk } } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt === 5)
          throw classifyError(new Error(`Could not delete ${requests.length} fired schedules`));
        const { UnprocessedItems } = await tableCall(() =>
          db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } })),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };

  /** Fires one page in order, stopping early after a fire that wrote schedules. */
  const runPage = async (until: Date, fire: (s: StoredSchedule) => Promise<void>, onFired: () => void) => {
    const { items } = await query(until, pageSize);
    const written = new Set<string>();
    const watch = (id: string) => written.add(id);
    const fired: ScheduleItem[] = [];
    const deleteFired = () => deleteAll(fired.filter((item) => !written.has(`${item.group}#${item.name}`)));
    state.watchers.add(watch);
    try {
      for (const item of items) {
        moveClockTo(new Date(item.at));
        const schedule = toSchedule(item);
        await fire({ ...schedule, input: { ...schedule.input, scheduledTime: item.at } });
        fired.push(item);
        onFired();
        if (written.size > 0) break;
      }
    } catch (error) {
      // What fired before stays fired; if even this fails, those fire again next run (at least once).
      await deleteFired().catch(() => undefined);
      throw error;
    } finally {
      state.watchers.delete(watch);
    }
    await deleteFired();
    return { more: items.length > 0 };
  };

  return {
    schedule: async (request) => {
      validateScheduleRequest(request);
      await tableCall(() => db.send(new PutCommand({ TableName: tableName, Item: toItem(request) })));
      noteWrite(request.group, request.name);
    },
    cancel: async (group, name) => {
      assertScheduleId('group', group);
      assertScheduleId('name', name);
      await tableCall(() =>
        db.send(new DeleteCommand({ TableName: tableName, Key: keys.schedule(group, name) })),
      );
      noteWrite(group, name);
    },
    due: async (until, limit = Number.POSITIVE_INFINITY) => {
      const found: StoredSchedule[] = [];
      let start: Record<string, unknown> | undefined;
      while (found.length < limit) {
        const page = await query(until, Math.min(pageSize, limit - found.length), start);
        found.push(...page.items.map(toSchedule));
        start = page.next;
        if (!start) break;
      }
      return found;
    },
    runUntil: (until, fire, onProgress) => {
      const run = async () => {
        let fired = 0;
        const onFired = () => {
          fired++;
          onProgress?.(fired);
        };
        let more = true;
        while (more) ({ more } = await runPage(until, fire, onFired));
        moveClockTo(until);
        return { fired };
      };
      const result = state.running.then(run, run);
      state.running = result.catch(() => undefined);
      return result;
    },
    count: async () => {
      const { gsi1pk } = indexKeys.schedulesDue();
      let total = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const { Count = 0, LastEvaluatedKey } = await tableCall(() =>
          db.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: gsi1,
              KeyConditionExpression: 'gsi1pk = :pk',
              ExpressionAttributeValues: { ':pk': gsi1pk },
              Select: 'COUNT',
              ExclusiveStartKey: start,
            }),
          ),
        );
        total += Count;
        start = LastEvaluatedKey;
      } while (start);
      return total;
    },
  };
}

function toItem({ group, name, at, timeZone, workflow, input }: ScheduleRequest) {
  const iso = at.toISOString();
  return itemOf({ ...keys.schedule(group, name), ...indexKeys.scheduleDue(iso, group, name) }, 'Schedule', {
    group,
    name,
    at: iso,
    timeZone,
    workflow,
    input,
  });
}

function toSchedule({ group, name, at, timeZone, workflow, input }: ScheduleItem): StoredSchedule {
  return { group, name, at: new Date(at), timeZone, workflow, input };
}

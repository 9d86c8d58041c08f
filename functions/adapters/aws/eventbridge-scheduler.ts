import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { offsetMs } from '#functions/cycle/zone-offset.ts';
import type { Clock } from '#functions/ports/clock.ts';
import type { ScheduleRequest, Scheduler } from '#functions/ports/scheduler.ts';
import { classifyError, InvalidInputError, TransientError } from '#functions/shared/errors.ts';

export interface EventBridgeSchedulerOptions {
  client: SchedulerClient;
  /** State machine ARN of each workflow, by its `siklus:workflow` name. */
  stateMachineArns: Record<string, string>;
  /** The role EventBridge Scheduler assumes to call `states:StartExecution`. */
  roleArn: string;
  /** The SQS queue that receives a delivery that failed every retry. */
  deadLetterQueueArn: string;
  clock: Clock;
}

/** What EventBridge Scheduler accepts as a schedule or group name. */
const scheduleIdPattern = /^[0-9A-Za-z_.-]{1,64}$/;

/** The earliest a schedule is written for: AWS refuses an `at()` in the past. */
const minimumLeadMs = 60_000;

/**
 * Refuses what EventBridge Scheduler would refuse, so that the local scheduler fails the same way:
 * a group or name that is not 1 to 64 of [0-9A-Za-z-_.], an invalid date, an unknown time zone.
 */
export function validateScheduleRequest({ group, name, at, timeZone }: ScheduleRequest): void {
  assertScheduleId('group', group);
  assertScheduleId('name', name);
  if (Number.isNaN(at.getTime())) throw new InvalidInputError(`Schedule ${group}/${name}: invalid date`);
  atExpression(at, timeZone);
}

export function assertScheduleId(what: 'group' | 'name', value: string): void {
  if (!scheduleIdPattern.test(value)) {
    throw new InvalidInputError(`Schedule ${what} "${value}" must be 1 to 64 of [0-9A-Za-z-_.]`);
  }
}

/**
 * `at(yyyy-mm-ddThh:mm:ss)` in the wall time of `timeZone`. Milliseconds round up to the next
 * second, so a schedule never fires (nor reports a `scheduledTime`) before its moment.
 */
export function atExpression(at: Date, timeZone: string): string {
  const second = Math.ceil(at.getTime() / 1000) * 1000;
  const wall = new Date(second + offsetMs(second, timeZone)).toISOString().slice(0, 19);
  return `at(${wall})`;
}

/**
 * The scheduler port on EventBridge Scheduler: one-time `at()` schedules in the city's time zone,
 * a 15-minute flexible window, 10 retries over at most a day, then the dead-letter queue; each
 * deletes itself after it runs. The target is the state machine itself (the templated
 * StartExecution target), with no execution name, so a second delivery starts a second short
 * execution that finds the work done.
 *
 * - Creating a schedule that exists replaces it (`ConflictException` -> `UpdateSchedule`).
 * - The group (one per city and cycle) is created on first use if it does not exist yet.
 * - An `at` in the past, or less than a minute ahead, is written for one minute from now: AWS
 *   refuses a past `at()`, and the local scheduler fires an overdue schedule at once too.
 * - Throttling and service faults become `TransientError`, so the workflow's retry applies.
 *
 * Needs `scheduler:CreateSchedule`, `UpdateSchedule`, `DeleteSchedule`, `CreateScheduleGroup`
 * and `iam:PassRole` on `roleArn`.
 */
export function createEventBridgeScheduler({
  client,
  stateMachineArns,
  roleArn,
  deadLetterQueueArn,
  clock,
}: EventBridgeSchedulerOptions): Scheduler {
  const scheduleInput = (request: ScheduleRequest): CreateScheduleCommandInput => {
    validateScheduleRequest(request);
    const stateMachineArn = stateMachineArns[request.workflow];
    if (!stateMachineArn) throw new InvalidInputError(`No state machine for workflow "${request.workflow}"`);
    const earliest = clock.now().getTime() + minimumLeadMs;
    const at = request.at.getTime() < earliest ? new Date(earliest) : request.at;
    return {
      Name: request.name,
      GroupName: request.group,
      ScheduleExpression: atExpression(at, request.timeZone),
      ScheduleExpressionTimezone: request.timeZone,
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: stateMachineArn,
        RoleArn: roleArn,
        // Scheduler fills in the context attribute when it delivers.
        Input: JSON.stringify({ ...request.input, scheduledTime: '<aws.scheduler.scheduled-time>' }),
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
        DeadLetterConfig: { Arn: deadLetterQueueArn },
      },
    };
  };

  const createOrReplace = async (input: CreateScheduleCommandInput): Promise<void> => {
    try {
      await client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!isAwsError(error, 'ConflictException')) throw error;
      await client.send(new UpdateScheduleCommand(input));
    }
  };

  return {
    schedule: async (request) => {
      const input = scheduleInput(request);
      try {
        try {
          await createOrReplace(input);
        } catch (error) {
          // On CreateSchedule, "not found" can only be the group: create it, then try once more.
          if (!isAwsError(error, 'ResourceNotFoundException')) throw error;
          await createGroup(client, request.group);
          await createOrReplace(input);
        }
      } catch (error) {
        throw classify(error);
      }
    },
    cancel: async (group, name) => {
      assertScheduleId('group', group);
      assertScheduleId('name', name);
      try {
        await client.send(new DeleteScheduleCommand({ GroupName: group, Name: name }));
      } catch (error) {
        if (isAwsError(error, 'ResourceNotFoundException')) return;
        throw classify(error);
      }
    },
  };
}

async function createGroup(client: SchedulerClient, group: string): Promise<void> {
  try {
    await client.send(new CreateScheduleGroupCommand({ Name: group }));
  } catch (error) {
    // Created meanwhile by a concurrent execution: just as good.
    if (!isAwsError(error, 'ConflictException')) throw error;
  }
}

/** Scheduler names its 500 `InternalServerException`, which the shared list does not know yet. */
function classify(error: unknown): unknown {
  if (isAwsError(error, 'InternalServerException')) {
    return new TransientError((error as Error).message, { cause: error });
  }
  return classifyError(error);
}

function isAwsError(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { ScheduleRequest, Scheduler } from '#functions/platform/ports/scheduler.ts';
import { offsetMs } from '#functions/platform/time/zone-offset.ts';
import { type AwsJsonOptions, createAwsJsonClient } from './aws-json.ts';

export interface EventBridgeSchedulerOptions extends AwsJsonOptions {
  /** State machine ARN of each workflow, by its `siklus:workflow` name. */
  stateMachineArns: Record<string, string>;
  /** The role EventBridge Scheduler assumes to call `states:StartExecution`. */
  roleArn: string;
  /** The SQS queue that receives a delivery that failed every retry. */
  deadLetterQueueArn: string;
}

/** The CreateSchedule / UpdateSchedule request body (the schedule's name goes in the path). */
interface ScheduleInput {
  GroupName: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  FlexibleTimeWindow: { Mode: 'FLEXIBLE'; MaximumWindowInMinutes: number };
  ActionAfterCompletion: 'DELETE';
  Target: {
    Arn: string;
    RoleArn: string;
    Input: string;
    RetryPolicy: { MaximumRetryAttempts: number; MaximumEventAgeInSeconds: number };
    DeadLetterConfig: { Arn: string };
  };
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
 * - Throttling and service faults become `TransientError` after one retry, so the workflow's
 *   retry applies; any other failure is an error named by the AWS error type.
 *
 * Sends signed REST-JSON requests over fetch, without the SDK.
 *
 * Needs `scheduler:CreateSchedule`, `UpdateSchedule`, `DeleteSchedule`, `CreateScheduleGroup`
 * and `iam:PassRole` on `roleArn`.
 */
export function createEventBridgeScheduler({
  stateMachineArns,
  roleArn,
  deadLetterQueueArn,
  ...connection
}: EventBridgeSchedulerOptions): Scheduler {
  const { clock } = connection;
  const send = createAwsJsonClient(
    { signingName: 'scheduler', endpointPrefix: 'scheduler', title: 'EventBridge Scheduler' },
    connection,
  );
  const scheduleInput = (request: ScheduleRequest): ScheduleInput => {
    validateScheduleRequest(request);
    const stateMachineArn = stateMachineArns[request.workflow];
    if (!stateMachineArn) throw new InvalidInputError(`No state machine for workflow "${request.workflow}"`);
    const earliest = clock.now().getTime() + minimumLeadMs;
    const at = request.at.getTime() < earliest ? new Date(earliest) : request.at;
    return {
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

  const createOrReplace = async (name: string, input: ScheduleInput): Promise<void> => {
    const write = (operation: 'CreateSchedule' | 'UpdateSchedule') =>
      send({
        operation: `${operation} ${input.GroupName}/${name}`,
        method: operation === 'CreateSchedule' ? 'POST' : 'PUT',
        path: schedulePath(name),
        body: input,
      });
    try {
      await write('CreateSchedule');
    } catch (error) {
      if (!isAwsError(error, 'ConflictException')) throw error;
      await write('UpdateSchedule');
    }
  };

  const createGroup = async (group: string): Promise<void> => {
    try {
      await send({
        operation: `CreateScheduleGroup ${group}`,
        method: 'POST',
        path: `/schedule-groups/${encodeURIComponent(group)}`,
        body: {},
      });
    } catch (error) {
      // Created meanwhile by a concurrent execution: just as good.
      if (!isAwsError(error, 'ConflictException')) throw error;
    }
  };

  return {
    schedule: async (request) => {
      const input = scheduleInput(request);
      try {
        await createOrReplace(request.name, input);
      } catch (error) {
        // On CreateSchedule, "not found" can only be the group: create it, then try once more.
        if (!isAwsError(error, 'ResourceNotFoundException')) throw error;
        await createGroup(request.group);
        await createOrReplace(request.name, input);
      }
    },
    cancel: async (group, name) => {
      assertScheduleId('group', group);
      assertScheduleId('name', name);
      try {
        await send({
          operation: `DeleteSchedule ${group}/${name}`,
          method: 'DELETE',
          path: schedulePath(name),
          query: { groupName: group },
        });
      } catch (error) {
        if (isAwsError(error, 'ResourceNotFoundException')) return;
        throw error;
      }
    },
  };
}

/** A schedule's path; names are validated to [0-9A-Za-z-_.], which needs no encoding, but encode anyway. */
const schedulePath = (name: string): string => `/schedules/${encodeURIComponent(name)}`;

function isAwsError(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

import {
  ConflictException,
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  InternalServerException,
  ResourceNotFoundException,
  SchedulerClient,
  ThrottlingException,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { atExpression, createEventBridgeScheduler } from '#functions/adapters/aws/eventbridge-scheduler.ts';
import type { ScheduleRequest } from '#functions/ports/scheduler.ts';
import { InvalidInputError, TransientError } from '#functions/shared/errors.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const scheduler = mockClient(SchedulerClient);
const stateMachineArn = 'arn:aws:states:ap-southeast-3:123456789012:stateMachine:siklus-obligation-reminder';
const adapter = createEventBridgeScheduler({
  client: scheduler as unknown as SchedulerClient,
  stateMachineArns: { 'obligation-reminder': stateMachineArn },
  roleArn: 'arn:aws:iam::123456789012:role/siklus-scheduler',
  deadLetterQueueArn: 'arn:aws:sqs:ap-southeast-3:123456789012:siklus-schedules-dlq',
  clock: fixedClock('2026-03-01T00:00:00.000Z'),
});

const request = (overrides: Partial<ScheduleRequest> = {}): ScheduleRequest => ({
  group: 'jambi-2026',
  name: 'obl-123.v1.reminder-1',
  // 09:00 in Jambi (UTC+7)
  at: new Date('2026-04-06T02:00:00.000Z'),
  timeZone: 'Asia/Jakarta',
  workflow: 'obligation-reminder',
  input: { obligationId: 'obl-123', deadlineVersion: 1, slot: 'reminder-1' },
  ...overrides,
});

const expectedInput = {
  Name: 'obl-123.v1.reminder-1',
  GroupName: 'jambi-2026',
  ScheduleExpression: 'at(2026-04-06T09:00:00)',
  ScheduleExpressionTimezone: 'Asia/Jakarta',
  FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
  ActionAfterCompletion: 'DELETE',
  Target: {
    Arn: stateMachineArn,
    RoleArn: 'arn:aws:iam::123456789012:role/siklus-scheduler',
    Input: JSON.stringify({
      obligationId: 'obl-123',
      deadlineVersion: 1,
      slot: 'reminder-1',
      scheduledTime: '<aws.scheduler.scheduled-time>',
    }),
    RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86400 },
    DeadLetterConfig: { Arn: 'arn:aws:sqs:ap-southeast-3:123456789012:siklus-schedules-dlq' },
  },
};

const awsError = <T>(Type: new (args: any) => T, message = 'x') => new Type({ message, $metadata: {} });

describe('EventBridge Scheduler adapter', () => {
  beforeEach(() => scheduler.reset());

  it('creates a one-time schedule that starts the workflow, with exactly these settings', async () => {
    // Prepare
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });

    // Act
    await adapter.schedule(request());

    // Assess
    expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toStrictEqual(expectedInput);
    expect(scheduler).toHaveReceivedCommandTimes(CreateScheduleCommand, 1);
    expect(scheduler).toHaveReceivedCommandTimes(UpdateScheduleCommand, 0);
  });

  it('replaces the schedule with the same fields when one of the same name exists', async () => {
    // Prepare
    scheduler.on(CreateScheduleCommand).rejects(awsError(ConflictException, 'Schedule exists'));
    scheduler.on(UpdateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });

    // Act
    await adapter.schedule(request());

    // Assess
    expect(scheduler.commandCalls(UpdateScheduleCommand)[0]?.args[0].input).toStrictEqual(expectedInput);
  });

  it('creates the missing group, then the schedule', async () => {
    // Prepare
    scheduler
      .on(CreateScheduleCommand)
      .rejectsOnce(awsError(ResourceNotFoundException, 'Schedule group jambi-2026 does not exist.'))
      .resolves({ ScheduleArn: 'arn:schedule' });
    scheduler.on(CreateScheduleGroupCommand).resolves({ ScheduleGroupArn: 'arn:group' });

    // Act
    await adapter.schedule(request());

    // Assess
    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleGroupCommand, { Name: 'jambi-2026' });
    expect(scheduler).toHaveReceivedCommandTimes(CreateScheduleCommand, 2);
  });

  it.each([
    ['Asia/Jakarta', 'at(2026-04-06T09:00:00)'],
    ['Asia/Makassar', 'at(2026-04-06T10:00:00)'],
    ['Asia/Jayapura', 'at(2026-04-06T11:00:00)'],
  ])('writes the at() expression in the wall time of %s', async (timeZone, expression) => {
    // Prepare
    scheduler.on(CreateScheduleCommand).resolves({});

    // Act
    await adapter.schedule(request({ timeZone }));

    // Assess
    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleCommand, {
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: timeZone,
    });
  });

  it('writes the local date, which differs from the UTC date late in the evening UTC', () => {
    // 2026-12-31T17:30Z is already New Year's Day in every Indonesian time zone
    const at = new Date('2026-12-31T17:30:00.000Z');
    expect(atExpression(at, 'Asia/Jakarta')).toBe('at(2027-01-01T00:30:00)');
    expect(atExpression(at, 'Asia/Makassar')).toBe('at(2027-01-01T01:30:00)');
    expect(atExpression(at, 'Asia/Jayapura')).toBe('at(2027-01-01T02:30:00)');
  });

  it('rounds milliseconds up, so a schedule never fires before its moment', () => {
    expect(atExpression(new Date('2026-04-06T16:59:59.500Z'), 'Asia/Jakarta')).toBe(
      'at(2026-04-07T00:00:00)',
    );
  });

  it('writes an at in the past for one minute from now, since AWS refuses a past at()', async () => {
    // Prepare
    scheduler.on(CreateScheduleCommand).resolves({});

    // Act: the clock says 2026-03-01T00:00Z, i.e. 07:00 in Jakarta
    await adapter.schedule(request({ at: new Date('2026-02-01T00:00:00.000Z') }));

    // Assess
    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleCommand, {
      ScheduleExpression: 'at(2026-03-01T07:01:00)',
    });
  });

  it.each([
    ['a name longer than 64 characters', { name: 'n'.repeat(65) }],
    ['a name with a character AWS refuses', { name: 'obl#123' }],
    ['an empty group', { group: '' }],
    ['a group with a slash', { group: 'jambi/2026' }],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }],
    ['an invalid date', { at: new Date(Number.NaN) }],
    ['a workflow without a state machine', { workflow: 'unknown' }],
  ])('refuses %s without calling AWS', async (_what, overrides) => {
    await expect(adapter.schedule(request(overrides))).rejects.toBeInstanceOf(InvalidInputError);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it('accepts a name of exactly 64 allowed characters', async () => {
    scheduler.on(CreateScheduleCommand).resolves({});
    const name = `${'a'.repeat(60)}-_.9`;
    await adapter.schedule(request({ name }));
    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleCommand, { Name: name });
  });

  it('deletes the schedule on cancel', async () => {
    scheduler.on(DeleteScheduleCommand).resolves({});
    await adapter.cancel('jambi-2026', 'obl-123.v1.reminder-1');
    expect(scheduler).toHaveReceivedCommandWith(DeleteScheduleCommand, {
      GroupName: 'jambi-2026',
      Name: 'obl-123.v1.reminder-1',
    });
  });

  it('treats cancelling a schedule that does not exist as done', async () => {
    scheduler.on(DeleteScheduleCommand).rejects(awsError(ResourceNotFoundException, 'not found'));
    await expect(adapter.cancel('jambi-2026', 'obl-123.v1.reminder-1')).resolves.toBeUndefined();
  });

  it.each([
    ['ThrottlingException', () => awsError(ThrottlingException, 'Rate exceeded')],
    ['InternalServerException', () => awsError(InternalServerException, 'oops')],
  ])('raises %s as a TransientError, so the workflow retries it', async (_name, error) => {
    scheduler.on(CreateScheduleCommand).rejects(error());
    scheduler.on(DeleteScheduleCommand).rejects(error());
    await expect(adapter.schedule(request())).rejects.toBeInstanceOf(TransientError);
    await expect(adapter.cancel('jambi-2026', 'obl-123')).rejects.toBeInstanceOf(TransientError);
  });

  it('passes any other failure on unchanged', async () => {
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    scheduler.on(CreateScheduleCommand).rejects(denied);
    await expect(adapter.schedule(request())).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});

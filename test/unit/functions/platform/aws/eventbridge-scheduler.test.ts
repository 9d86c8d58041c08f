import { describe, expect, it } from 'vitest';
import { atExpression, createEventBridgeScheduler } from '#functions/platform/aws/eventbridge-scheduler.ts';
import { InvalidInputError, TransientError } from '#functions/platform/lambda/errors.ts';
import type { ScheduleRequest } from '#functions/platform/ports/scheduler.ts';
import { credentialFor, fakeAws, json, sentBody, sentHeaders } from './aws-fake.ts';

const stateMachineArn = 'arn:aws:states:ap-southeast-3:123456789012:stateMachine:siklus-obligation-reminder';
const endpoint = 'https://scheduler.ap-southeast-3.amazonaws.com';

/** The adapter on a fake fetch that gives the prepared answers in turn. */
const makeAdapter = (...answers: Parameters<typeof fakeAws>) => {
  const fake = fakeAws(...answers);
  const adapter = createEventBridgeScheduler({
    ...fake.options,
    stateMachineArns: { 'obligation-reminder': stateMachineArn },
    roleArn: 'arn:aws:iam::123456789012:role/siklus-scheduler',
    deadLetterQueueArn: 'arn:aws:sqs:ap-southeast-3:123456789012:siklus-schedules-dlq',
  });
  return { adapter, requests: fake.requests };
};

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

/** The CreateSchedule / UpdateSchedule body; the name is in the path. */
const expectedBody = {
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

const created = () => json(200, { ScheduleArn: 'arn:schedule' });
const sent = (r: { url: string; init: RequestInit } | undefined) => `${r?.init.method} ${r?.url}`;

describe('EventBridge Scheduler adapter', () => {
  it('creates a one-time schedule that starts the workflow, with exactly these settings', async () => {
    // Prepare
    const { adapter, requests } = makeAdapter(created());

    // Act
    await adapter.schedule(request());

    // Assess
    expect(requests).toHaveLength(1);
    expect(sent(requests[0])).toBe(`POST ${endpoint}/schedules/obl-123.v1.reminder-1`);
    expect(sentBody(requests[0])).toStrictEqual(expectedBody);
    const headers = sentHeaders(requests[0]);
    expect(headers['content-type']).toBe('application/json');
    expect(headers.authorization).toContain(credentialFor('scheduler'));
    expect(headers['x-amz-date']).toBe('20260301T000000Z');
  });

  it('replaces the schedule with the same fields when one of the same name exists', async () => {
    // Prepare
    const { adapter, requests } = makeAdapter(
      json(409, { Message: 'Schedule exists' }, 'ConflictException'),
      created(),
    );

    // Act
    await adapter.schedule(request());

    // Assess
    expect(requests.map(sent)).toEqual([
      `POST ${endpoint}/schedules/obl-123.v1.reminder-1`,
      `PUT ${endpoint}/schedules/obl-123.v1.reminder-1`,
    ]);
    expect(sentBody(requests[1])).toStrictEqual(expectedBody);
    expect(sentHeaders(requests[1]).authorization).toContain(credentialFor('scheduler'));
  });

  it('creates the missing group, then the schedule', async () => {
    // Prepare
    const { adapter, requests } = makeAdapter(
      json(404, { Message: 'Schedule group jambi-2026 does not exist.' }, 'ResourceNotFoundException'),
      json(200, { ScheduleGroupArn: 'arn:group' }),
      created(),
    );

    // Act
    await adapter.schedule(request());

    // Assess
    expect(requests.map(sent)).toEqual([
      `POST ${endpoint}/schedules/obl-123.v1.reminder-1`,
      `POST ${endpoint}/schedule-groups/jambi-2026`,
      `POST ${endpoint}/schedules/obl-123.v1.reminder-1`,
    ]);
    expect(sentBody(requests[2])).toStrictEqual(expectedBody);
  });

  it('takes a group created meanwhile by another execution as created', async () => {
    const { adapter, requests } = makeAdapter(
      json(404, {}, 'ResourceNotFoundException'),
      json(409, {}, 'ConflictException'),
      created(),
    );
    await adapter.schedule(request());
    expect(requests).toHaveLength(3);
  });

  it.each([
    ['Asia/Jakarta', 'at(2026-04-06T09:00:00)'],
    ['Asia/Makassar', 'at(2026-04-06T10:00:00)'],
    ['Asia/Jayapura', 'at(2026-04-06T11:00:00)'],
  ])('writes the at() expression in the wall time of %s', async (timeZone, expression) => {
    // Prepare
    const { adapter, requests } = makeAdapter(created());

    // Act
    await adapter.schedule(request({ timeZone }));

    // Assess
    expect(sentBody(requests[0])).toMatchObject({
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
    const { adapter, requests } = makeAdapter(created());

    // Act: the clock says 2026-03-01T00:00Z, i.e. 07:00 in Jakarta
    await adapter.schedule(request({ at: new Date('2026-02-01T00:00:00.000Z') }));

    // Assess
    expect(sentBody(requests[0])).toMatchObject({ ScheduleExpression: 'at(2026-03-01T07:01:00)' });
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
    const { adapter, requests } = makeAdapter();
    await expect(adapter.schedule(request(overrides))).rejects.toBeInstanceOf(InvalidInputError);
    expect(requests).toHaveLength(0);
  });

  it('accepts a name of exactly 64 allowed characters', async () => {
    const { adapter, requests } = makeAdapter(created());
    const name = `${'a'.repeat(60)}-_.9`;
    await adapter.schedule(request({ name }));
    expect(requests[0]?.url).toBe(`${endpoint}/schedules/${name}`);
  });

  it('deletes the schedule on cancel, naming the group in the query', async () => {
    // Prepare
    const { adapter, requests } = makeAdapter(json(200, {}));

    // Act
    await adapter.cancel('jambi-2026', 'obl-123.v1.reminder-1');

    // Assess
    expect(sent(requests[0])).toBe(`DELETE ${endpoint}/schedules/obl-123.v1.reminder-1?groupName=jambi-2026`);
    expect(requests[0]?.init.body).toBeUndefined();
    expect(sentHeaders(requests[0]).authorization).toContain(credentialFor('scheduler'));
  });

  it('treats cancelling a schedule that does not exist as done', async () => {
    const { adapter, requests } = makeAdapter(
      json(404, { Message: 'not found' }, 'ResourceNotFoundException'),
    );
    await expect(adapter.cancel('jambi-2026', 'obl-123.v1.reminder-1')).resolves.toBeUndefined();
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['ThrottlingException', () => json(429, { Message: 'Rate exceeded' }, 'ThrottlingException')],
    ['InternalServerException', () => json(500, { Message: 'oops' }, 'InternalServerException')],
  ])('raises %s as a TransientError after one retry, so the workflow retries it', async (_name, error) => {
    const { adapter, requests } = makeAdapter(error(), error(), error(), error());
    await expect(adapter.schedule(request())).rejects.toBeInstanceOf(TransientError);
    await expect(adapter.cancel('jambi-2026', 'obl-123')).rejects.toBeInstanceOf(TransientError);
    expect(requests.map((r) => r.init.method)).toEqual(['POST', 'POST', 'DELETE', 'DELETE']);
  });

  it('passes any other failure on, named by its AWS type', async () => {
    const { adapter, requests } = makeAdapter(
      json(403, { Message: 'not authorized' }, 'AccessDeniedException'),
      json(400, { Message: 'bad' }, 'ValidationException'),
    );
    await expect(adapter.schedule(request())).rejects.toMatchObject({ name: 'AccessDeniedException' });
    await expect(adapter.cancel('jambi-2026', 'obl-123')).rejects.toMatchObject({
      name: 'ValidationException',
    });
    expect(requests).toHaveLength(2);
  });
});

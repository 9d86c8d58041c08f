import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import type { SurveyResponse } from '#functions/surveys/response-model.ts';
import { createSurveyStore } from '#functions/surveys/store/survey-store.ts';
import type { ResponseWrite } from '#functions/surveys/stores.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

/*
 * How the surveys' store reads a response's transaction when DynamoDB cancels it: which item's
 * condition failed tells a replay, a program gone, a device that answered already and a limit
 * used up apart; an item still held by a concurrent transaction (many phones answering one
 * program behind one address: every response updates the same program and counters) is tried
 * again rather than failed, since nothing was refused.
 */

const now = '2026-11-30T02:00:00.000Z';
/** On the hour: the hour's rate window starts now. */
const windowStart = Date.parse(now) / 1000;
const dynamo = mockClient(DynamoDBDocumentClient);
const store = createSurveyStore(dynamo as unknown as DynamoDBDocumentClient, 'table', fixedClock(now));

/** A cancelled transaction, with one reason per item as DynamoDB gives them. */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const response: SurveyResponse = {
  responseId: 'r'.repeat(22),
  code: 'abcde12345',
  form: 'citizen-survey',
  formVersion: 1,
  answers: { experience: 'used', satisfaction: 4 },
  mode: 'respondent',
  at: now,
};

/** A citizen's response: its items are the response, the program, the district, the device, two counters. */
const citizen: ResponseWrite = {
  response,
  device: 'device-hash',
  limits: [
    { key: 'survey-address#address-hash', limit: 30, windowSeconds: 3600 },
    { key: 'survey-program#abcde12345', limit: 600, windowSeconds: 3600 },
  ],
  adds: { form: 'citizen-survey', district: '-', aware: true, used: true, satisfaction: 4 },
};

/** An impact questionnaire entered by staff: the response, the program, one counter; no device. */
const assisted: ResponseWrite = {
  response: {
    ...response,
    form: 'impact-questionnaire',
    answers: { benefit: 4, service: 4, participation: 4, sustainability: 4 },
    mode: 'assisted',
    assistedBy: 'operator-diskominfo',
  },
  limits: [{ key: 'survey-assisted#jambi#operator-diskominfo', limit: 200, windowSeconds: 3600 }],
  adds: {
    form: 'impact-questionnaire',
    items: { benefit: 4, service: 4, participation: 4, sustainability: 4 },
    assisted: true,
  },
};

const none = 'None';
const failed = 'ConditionalCheckFailed';
const conflict = 'TransactionConflict';

describe('survey store: recording a response', () => {
  beforeEach(() => {
    dynamo.reset();
    // No counter has been used in this window yet.
    dynamo.on(GetCommand).resolves({});
  });

  it('refuses at the cost of a read, writing nothing, when a limit is already used up', async () => {
    // Prepare: the address's counter holds its 30
    dynamo
      .on(GetCommand, { Key: { pk: `RATE#survey-address#address-hash#${windowStart}`, sk: 'RATE' } })
      .resolves({ Item: { pk: 'x', sk: 'RATE', hits: 30 } });

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('limit');
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('still answers the same response sent again as its replay when a limit is used up', async () => {
    // Prepare: the counter is full, and this very response is stored
    dynamo
      .on(GetCommand, { Key: { pk: `RATE#survey-address#address-hash#${windowStart}`, sk: 'RATE' } })
      .resolves({ Item: { pk: 'x', sk: 'RATE', hits: 30 } });
    dynamo
      .on(GetCommand, {
        Key: { pk: 'SURVEY#abcde12345', sk: `RESPONSE#citizen-survey#${response.responseId}` },
      })
      .resolves({ Item: { pk: 'SURVEY#abcde12345', sk: 'x', ...response } });

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('replay');
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('writes the response, the program’s and district’s counts, the device and one counter per limit in one transaction', async () => {
    // Prepare
    dynamo.on(TransactWriteCommand).resolves({});

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('recorded');
    const [call] = dynamo.commandCalls(TransactWriteCommand);
    const items = call?.args[0].input.TransactItems ?? [];
    expect(items.map((item) => (item.Put?.Item ?? item.Update?.Key)?.pk)).toEqual([
      'SURVEY#abcde12345',
      'SURVEY#abcde12345',
      'SURVEY#abcde12345',
      'SURVEY#abcde12345',
      `RATE#survey-address#address-hash#${windowStart}`,
      `RATE#survey-program#abcde12345#${windowStart}`,
    ]);
    expect(items[3]?.Put?.Item?.sk).toBe('DEVICE#citizen-survey#device-hash');
  });

  it.each([
    ['replay', [failed, none, none, failed, none, none]],
    ['unknown', [none, failed, none, none, none, none]],
    ['device', [none, none, none, failed, none, none]],
    ['limit', [none, none, none, none, failed, none]],
    ['limit', [none, none, none, none, none, failed]],
  ] as const)('answers %s for a citizen’s response refused by %j', async (expected, codes) => {
    // Prepare
    dynamo.on(TransactWriteCommand).rejects(cancelled(...codes));

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe(expected);
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it.each([
    ['replay', [failed, none, none]],
    ['unknown', [none, failed, none]],
    ['limit', [none, none, failed]],
  ] as const)(
    'answers %s for an assisted response, which has no device, refused by %j',
    async (expected, codes) => {
      // Prepare
      dynamo.on(TransactWriteCommand).rejects(cancelled(...codes));

      // Act
      const outcome = await store.record(assisted);

      // Assess
      expect(outcome).toBe(expected);
    },
  );

  it('tries again when a concurrent response holds the program, and records it', async () => {
    // Prepare
    dynamo
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled(none, conflict, none, none, none, none))
      .rejectsOnce(cancelled(none, none, none, none, conflict, conflict))
      .resolves({});

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('recorded');
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(3);
  });

  it('answers the refusal a retry meets: the address’s limit used up meanwhile', async () => {
    // Prepare
    dynamo
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled(none, conflict, none, none, conflict, none))
      .rejects(cancelled(none, none, none, none, failed, none));

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('limit');
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('takes a failed condition beside a conflict as the refusal, without trying again', async () => {
    // Prepare: a twin of the same response is written; another item is still held
    dynamo.on(TransactWriteCommand).rejects(cancelled(failed, conflict, none, failed, none, none));

    // Act
    const outcome = await store.record(citizen);

    // Assess
    expect(outcome).toBe('replay');
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('gives up with a TransientError when the items stay held', async () => {
    // Prepare
    dynamo.on(TransactWriteCommand).rejects(cancelled(none, conflict, none, none, none, none));

    // Act
    const outcome = store.record(citizen);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(TransientError);
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(7);
  });

  it('passes any other failure on as it came', async () => {
    // Prepare
    const broken = new Error('socket hang up');
    dynamo.on(TransactWriteCommand).rejects(broken);

    // Act
    const outcome = store.record(citizen);

    // Assess
    await expect(outcome).rejects.toBe(broken);
  });
});

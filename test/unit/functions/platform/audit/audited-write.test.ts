import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '#functions/obligations/keys.ts';
import { auditPut } from '#functions/platform/audit/audit.ts';
import { transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const db = dynamo as unknown as DynamoDBDocumentClient;
const events = defineAuditEvents({
  obligation: { key: ({ id }) => keys.obligation(id), actions: ['obligation.waived'] },
});
const record = events.event('obligation.waived', {
  eventId: 'e1',
  at: '2026-03-02T01:00:00.000Z',
  actor: 'admin',
  city: 'jambi',
  opd: 'dinas-kesehatan',
  entityId: 'o1',
  before: { status: 'open' },
  after: { status: 'waived' },
});
const write = {
  Put: { TableName: 'table', Item: { ...keys.obligation('o1'), type: 'Obligation' } },
};

describe('transactWithAudit', () => {
  beforeEach(() => dynamo.reset());

  it('writes the change and then its events in one transaction', async () => {
    // Prepare
    dynamo.on(TransactWriteCommand).resolves({});

    // Act
    await transactWithAudit(db, 'table', [write], [record]);

    // Assess
    const calls = dynamo.commandCalls(TransactWriteCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.TransactItems).toEqual([write, { Put: auditPut('table', record) }]);
  });

  it('turns throttling into a TransientError', async () => {
    // Prepare
    dynamo
      .on(TransactWriteCommand)
      .rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }));

    // Act
    const writing = transactWithAudit(db, 'table', [write], [record]);

    // Assess
    await expect(writing).rejects.toBeInstanceOf(TransientError);
  });
});

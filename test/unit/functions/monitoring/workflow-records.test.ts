import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const records = createWorkflowRecords(dynamo as unknown as DynamoDBDocumentClient, 'table');
const heartbeat = { executionId: 'exec-1', workflow: 'heartbeat', at: '2026-01-01T00:00:00.000Z' };

describe('workflow records (DynamoDB adapter)', () => {
  beforeEach(() => dynamo.reset());

  it('writes a heartbeat only if none exists for the execution', async () => {
    dynamo.on(PutCommand).resolves({});
    expect(await records.recordHeartbeat(heartbeat)).toEqual({ created: true });
    const input = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      TableName: 'table',
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: { pk: 'HEARTBEAT', sk: 'EXEC#exec-1', type: 'Heartbeat' },
    });
  });

  it('reports a replayed heartbeat as not created instead of failing', async () => {
    dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));
    expect(await records.recordHeartbeat(heartbeat)).toEqual({ created: false });
  });

  it('raises a throttled write as a TransientError, so the workflow retries it', async () => {
    dynamo
      .on(PutCommand)
      .rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }));
    await expect(records.recordHeartbeat(heartbeat)).rejects.toBeInstanceOf(TransientError);
  });
});

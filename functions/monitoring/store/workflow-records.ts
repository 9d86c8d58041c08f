import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoCall } from '#functions/platform/table/dynamo-call.ts';
import { indexKeys, keys } from '#functions/platform/table/keys.ts';

export interface Heartbeat {
  executionId: string;
  workflow: string;
  at: string;
}

export interface WorkflowFailure {
  executionId: string;
  workflow: string;
  state: string;
  error: string;
  cause: string;
  at: string;
}

/** What workflows record about themselves: heartbeats that prove a run, and the failures they caught. */
export interface WorkflowRecords {
  /** Reads one fixed key; throws when the table cannot be reached. */
  ping(): Promise<void>;
  /** Writes once per execution; a replay of the same execution returns `created: false` and writes nothing. */
  recordHeartbeat(heartbeat: Heartbeat): Promise<{ created: boolean }>;
  getHeartbeat(executionId: string): Promise<Heartbeat | undefined>;
  /** Records a failure caught by a state machine's Catch; a replay overwrites the same item. */
  recordFailure(failure: WorkflowFailure): Promise<void>;
  listFailures(executionId: string): Promise<WorkflowFailure[]>;
}

/** The DynamoDB implementation, the same on AWS and against DynamoDB Local. */
export function createWorkflowRecords(db: DynamoDBDocumentClient, tableName: string): WorkflowRecords {
  return {
    ping: () =>
      dynamoCall(async () => {
        await db.send(new GetCommand({ TableName: tableName, Key: keys.probe() }));
      }),

    recordHeartbeat: (heartbeat) =>
      dynamoCall(async () => {
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...keys.heartbeat(heartbeat.executionId), type: 'Heartbeat', ...heartbeat },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
          return { created: true };
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return { created: false };
          throw error;
        }
      }),

    getHeartbeat: (executionId) =>
      dynamoCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.heartbeat(executionId) }),
        );
        if (!Item) return undefined;
        return { executionId: Item.executionId, workflow: Item.workflow, at: Item.at };
      }),

    recordFailure: (failure) =>
      dynamoCall(async () => {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.workflowFailure(failure.executionId, failure.state),
              ...indexKeys.failureByTime(failure.at),
              type: 'WorkflowFailure',
              ...failure,
            },
          }),
        );
      }),

    listFailures: (executionId) =>
      dynamoCall(async () => {
        const { pk, skPrefix } = keys.executionFailuresPrefix(executionId);
        const { Items = [] } = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
          }),
        );
        return Items.map((item) => ({
          executionId: item.executionId,
          workflow: item.workflow,
          state: item.state,
          error: item.error,
          cause: item.cause,
          at: item.at,
        }));
      }),
  };
}

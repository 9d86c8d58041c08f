import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys, keys } from '#functions/monitoring/keys.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

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
      tableCall(async () => {
        await db.send(new GetCommand({ TableName: tableName, Key: keys.probe() }));
      }),

    recordHeartbeat: (heartbeat) =>
      tableCall(async () => {
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: itemOf(keys.heartbeat(heartbeat.executionId), 'Heartbeat', heartbeat),
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
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.heartbeat(executionId) }),
        );
        if (!Item) return undefined;
        return { executionId: Item.executionId, workflow: Item.workflow, at: Item.at };
      }),

    recordFailure: (failure) =>
      tableCall(async () => {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: itemOf(
              {
                ...keys.workflowFailure(failure.executionId, failure.state),
                ...indexKeys.failureByTime(failure.at),
              },
              'WorkflowFailure',
              failure,
            ),
          }),
        );
      }),

    listFailures: async (executionId) => {
      const { pk, skPrefix } = keys.executionFailuresPrefix(executionId);
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      });
      return items.map((item) => ({
        executionId: item.executionId as string,
        workflow: item.workflow as string,
        state: item.state as string,
        error: item.error as string,
        cause: item.cause as string,
        at: item.at as string,
      }));
    },
  };
}

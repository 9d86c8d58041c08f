import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Obligation } from '#functions/obligations/model.ts';
import { auditPut } from '#functions/platform/audit/audit.ts';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import { cancellationReasons } from '#functions/platform/table/dynamo-call.ts';
import { indexKeys, keys } from '#functions/platform/table/keys.ts';
import type { AuditEvent } from '#functions/submissions/model.ts';
import { StaleRevisionError } from '#functions/submissions/store/submission-store.ts';

export interface ObligationPage {
  obligations: Obligation[];
  cursor?: Record<string, unknown>;
}

export interface ObligationStore {
  /** Opens an obligation with its audit event; false (and nothing written) when it is open already. */
  open(obligation: Obligation, audit: AuditEvent): Promise<boolean>;
  get(obligationId: string): Promise<Obligation | undefined>;
  /** Replaces an obligation if its revision is still `expectedRevision`, with its audit event. */
  update(next: Obligation, expectedRevision: number, audit: AuditEvent): Promise<void>;
  /** A page of a cycle's obligations, by due date. */
  page(city: string, year: number, limit: number, cursor?: Record<string, unknown>): Promise<ObligationPage>;
}

const strip = (item: Record<string, unknown>): Obligation => {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, ...rest } = item;
  return rest as unknown as Obligation;
};

/** Obligations in the table; every change and its audit event are one transaction. */
export function createObligationStore(db: DynamoDBDocumentClient, tableName: string): ObligationStore {
  const item = (o: Obligation) => ({
    ...keys.obligation(o.obligationId),
    ...indexKeys.cycleObligation(o.city, o.year, o.due, o.opd, o.kind),
    type: 'Obligation',
    ...o,
  });
  return {
    open: async (obligation, audit) => {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: item(obligation),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Put: auditPut(tableName, audit) },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (cancellationReasons(error)[0] === 'ConditionalCheckFailed') return false;
        throw classifyError(error);
      }
    },
    get: async (obligationId) => {
      try {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.obligation(obligationId), ConsistentRead: true }),
        );
        return Item ? strip(Item) : undefined;
      } catch (error) {
        throw classifyError(error);
      }
    },
    update: async (next, expectedRevision, audit) => {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: item(next),
                  ConditionExpression: '#revision = :expected',
                  ExpressionAttributeNames: { '#revision': 'revision' },
                  ExpressionAttributeValues: { ':expected': expectedRevision },
                },
              },
              { Put: auditPut(tableName, audit) },
            ],
          }),
        );
      } catch (error) {
        if (cancellationReasons(error)[0] === 'ConditionalCheckFailed')
          throw new StaleRevisionError(next.obligationId);
        throw classifyError(error);
      }
    },
    page: async (city, year, limit, cursor) => {
      try {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': indexKeys.cycleObligations(city, year).gsi1pk },
            Limit: limit,
            ExclusiveStartKey: cursor,
          }),
        );
        return {
          obligations: (page.Items ?? []).map(strip),
          ...(page.LastEvaluatedKey ? { cursor: page.LastEvaluatedKey } : {}),
        };
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys, keys, pageKeyShapes } from '#functions/obligations/keys.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import { transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { queryPage } from '#functions/platform/table/paging.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';

export interface ObligationPage {
  obligations: Obligation[];
  /** Where the next page starts, opaque; absent on the last page. */
  cursor?: string;
}

export interface ObligationStore {
  /** Opens an obligation with its audit event; false (and nothing written) when it is open already. */
  open(obligation: Obligation, audit: AuditRecord): Promise<boolean>;
  get(obligationId: string): Promise<Obligation | undefined>;
  /** Replaces an obligation if its revision is still `expectedRevision`, with its audit event. */
  update(next: Obligation, expectedRevision: number, audit: AuditRecord): Promise<void>;
  /**
   * A page of a cycle's obligations, by due date.
   * @throws InvalidCursorError for a cursor that no page of this city's cycle handed out.
   */
  page(city: string, year: number, limit: number, cursor?: string): Promise<ObligationPage>;
}

/** Obligations in the table; every change and its audit event are one transaction. */
export function createObligationStore(db: DynamoDBDocumentClient, tableName: string): ObligationStore {
  const item = (o: Obligation) =>
    itemOf(
      {
        ...keys.obligation(o.obligationId),
        ...indexKeys.cycleObligation(o.city, o.year, o.due, o.opd, o.kind),
      },
      'Obligation',
      o,
    );
  return {
    open: async (obligation, audit) => {
      try {
        await transactWithAudit(
          db,
          tableName,
          [
            {
              Put: {
                TableName: tableName,
                Item: item(obligation),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
          [audit],
        );
        return true;
      } catch (error) {
        if (cancellationReasons(error)[0] === 'ConditionalCheckFailed') return false;
        throw error;
      }
    },
    get: (obligationId) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.obligation(obligationId), ConsistentRead: true }),
        );
        return Item ? valueOfItem<Obligation>(Item) : undefined;
      }),
    update: async (next, expectedRevision, audit) => {
      try {
        await transactWithAudit(
          db,
          tableName,
          [
            {
              Put: {
                TableName: tableName,
                Item: item(next),
                ConditionExpression: '#revision = :expected',
                ExpressionAttributeNames: { '#revision': 'revision' },
                ExpressionAttributeValues: { ':expected': expectedRevision },
              },
            },
          ],
          [audit],
        );
      } catch (error) {
        if (cancellationReasons(error)[0] === 'ConditionalCheckFailed')
          throw new StaleRevisionError(next.obligationId);
        throw error;
      }
    },
    page: async (city, year, limit, cursor) => {
      const page = await queryPage(
        db,
        {
          TableName: tableName,
          IndexName: gsi1,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.cycleObligations(city, year).gsi1pk },
        },
        { limit, cursor, shape: pageKeyShapes.cycleObligations(city, year) },
      );
      return {
        obligations: page.items.map((i) => valueOfItem<Obligation>(i)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      };
    },
  };
}

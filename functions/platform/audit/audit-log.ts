import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { valueOfItem } from '#functions/platform/table/item-codec.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import { queryAll, queryPages } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';
import { auditPut } from './audit.ts';
import type { AuditEvent, AuditRecord } from './audit-event.ts';
import { indexKeys, keys } from './keys.ts';

/** The audit events of the table: alone (a sign-in, a link opened), by city, and by entity. */
export interface AuditLog {
  /** Appends an event that goes with no other write; one that does goes with it (`transactWithAudit`). */
  append(record: AuditRecord): Promise<void>;
  /** Every audit event of a city, in time order, a page at a time. */
  forCity(city: string, onPage: (events: AuditEvent[]) => void): Promise<void>;
  /** The history of one item (by its key), oldest first. */
  history(entityKey: Key): Promise<AuditEvent[]>;
}

export function createAuditLog(db: DynamoDBDocumentClient, tableName: string): AuditLog {
  return {
    append: (record) =>
      tableCall(async () => {
        await db.send(new PutCommand(auditPut(tableName, record)));
      }),
    forCity: (city, onPage) =>
      queryPages(
        db,
        {
          TableName: tableName,
          IndexName: gsi1,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.cityAudit(city, '', '').gsi1pk },
        },
        (items) => onPage(items.map((item) => valueOfItem<AuditEvent>(item))),
      ),
    history: async (entityKey) => {
      const { pk, skPrefix } = keys.auditPrefix(entityKey);
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ConsistentRead: true,
      });
      return items.map((item) => valueOfItem<AuditEvent>(item));
    },
  };
}

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { putRevisionedWithAudit } from '#functions/platform/audit/audited-write.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from '../keys.ts';
import type { Selection } from '../selection-model.ts';
import type { SelectionStore } from '../stores.ts';

/** The cycles' selections in the table: each change and its audit event are one transaction. */
export function createSelectionStore(db: DynamoDBDocumentClient, tableName: string): SelectionStore {
  return {
    get: (city, year) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.selection(city, year), ConsistentRead: true }),
        );
        return Item ? valueOfItem<Selection>(Item) : undefined;
      }),

    put: (next, audit, previous) =>
      putRevisionedWithAudit(
        db,
        tableName,
        itemOf(keys.selection(next.city, next.year), 'Selection', next),
        audit,
        previous?.revision,
      ),
  };
}

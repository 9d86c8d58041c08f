import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { putRevisionedWithAudit } from '#functions/platform/audit/audited-write.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from '../keys.ts';
import type { VisitStore } from '../stores.ts';
import type { Visit } from '../visit-model.ts';

/** The cycles' visits in the table: each change and its audit event are one transaction. */
export function createVisitStore(db: DynamoDBDocumentClient, tableName: string): VisitStore {
  return {
    get: (city, year, opd) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.visit(city, year, opd), ConsistentRead: true }),
        );
        return Item ? valueOfItem<Visit>(Item) : undefined;
      }),

    ofCycle: (city, year) =>
      tableCall(async () => {
        const { pk, prefix } = keys.visits(city, year);
        const visits: Visit[] = [];
        let start: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
              ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
              ConsistentRead: true,
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          );
          visits.push(...(page.Items ?? []).map((item) => valueOfItem<Visit>(item)));
          start = page.LastEvaluatedKey;
        } while (start);
        return visits;
      }),

    put: (next, audit, previous) =>
      putRevisionedWithAudit(
        db,
        tableName,
        itemOf(keys.visit(next.city, next.year, next.opd), 'Visit', next),
        audit,
        previous?.revision,
      ),
  };
}

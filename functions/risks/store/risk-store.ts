import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from '../keys.ts';
import type { RiskPlan } from '../plan-model.ts';
import type { RiskStore } from '../stores.ts';

/** The risk plans in the table: each written once, with its audit event, in one transaction. */
export function createRiskStore(db: DynamoDBDocumentClient, tableName: string): RiskStore {
  return {
    plan: (city, year) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.plan(city, year), ConsistentRead: true }),
        );
        return Item ? valueOfItem<RiskPlan>(Item) : undefined;
      }),

    async choose(plan, audit) {
      try {
        await transactWithAudit(
          db,
          tableName,
          [
            {
              Put: {
                TableName: tableName,
                Item: itemOf(keys.plan(plan.city, plan.year), 'RiskPlan', plan),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
          [audit],
        );
      } catch (error) {
        if (cancellationReasons(error).includes('ConditionalCheckFailed')) throw new StaleRevisionError();
        throw error;
      }
    },
  };
}

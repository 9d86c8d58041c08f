import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';
import { auditPut } from './audit.ts';
import type { AuditRecord } from './audit-event.ts';

/** One item of a TransactWriteItems call (a Put, Update, Delete or ConditionCheck). */
export type TransactItem = NonNullable<TransactWriteCommand['input']['TransactItems']>[number];

/**
 * Writes `writes` and their audit events in one transaction, so that no change is ever stored
 * without its event nor an event without its change. The writes come first, in order, then the
 * events: `cancellationReasons` of a failure name the items in that order.
 */
export async function transactWithAudit(
  db: DynamoDBDocumentClient,
  tableName: string,
  writes: readonly TransactItem[],
  events: readonly AuditRecord[],
): Promise<void> {
  await tableCall(() =>
    db.send(
      new TransactWriteCommand({
        TransactItems: [...writes, ...events.map((record) => ({ Put: auditPut(tableName, record) }))],
      }),
    ),
  );
}

/**
 * Puts one revisioned item and its audit event in one transaction: with `previousRevision` (the
 * revision the caller read), only if the stored item is still at it; without, only if there is
 * no such item yet. Otherwise nothing is written and it throws `StaleRevisionError`.
 */
export async function putRevisionedWithAudit(
  db: DynamoDBDocumentClient,
  tableName: string,
  item: object,
  audit: AuditRecord,
  previousRevision?: number,
): Promise<void> {
  const condition =
    previousRevision === undefined
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: '#revision = :revision',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ExpressionAttributeValues: { ':revision': previousRevision },
        };
  try {
    await transactWithAudit(
      db,
      tableName,
      [{ Put: { TableName: tableName, Item: item as Record<string, unknown>, ...condition } }],
      [audit],
    );
  } catch (error) {
    if (cancellationReasons(error)[0] === 'ConditionalCheckFailed') throw new StaleRevisionError();
    throw error;
  }
}

import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { tableCall } from '#functions/platform/table/table-call.ts';
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

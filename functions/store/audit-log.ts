import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { classifyError } from '#functions/shared/errors.ts';
import type { AuditEvent } from '#functions/submissions/model.ts';
import { auditPut } from './audit.ts';
import { indexKeys } from './keys.ts';

/** Appends audit events that go with no other write (a sign-in, a link opened). */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  /** Every audit event of a city, in time order, a page at a time. */
  forCity(city: string, onPage: (events: AuditEvent[]) => void): Promise<void>;
}

export function createAuditLog(db: DynamoDBDocumentClient, tableName: string): AuditLog {
  return {
    forCity: async (city, onPage) => {
      let cursor: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': indexKeys.cityAudit(city, '', '').gsi1pk },
            ExclusiveStartKey: cursor,
          }),
        );
        onPage((page.Items ?? []) as AuditEvent[]);
        cursor = page.LastEvaluatedKey;
      } while (cursor);
    },
    append: async (event) => {
      try {
        await db.send(new PutCommand(auditPut(tableName, event)));
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import { queryPages } from '#functions/platform/table/dynamo-call.ts';
import { indexKeys } from '#functions/platform/table/keys.ts';
import type { AuditEvent } from '#functions/submissions/model.ts';
import { auditPut } from './audit.ts';

/** Appends audit events that go with no other write (a sign-in, a link opened). */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  /** Every audit event of a city, in time order, a page at a time. */
  forCity(city: string, onPage: (events: AuditEvent[]) => void): Promise<void>;
}

export function createAuditLog(db: DynamoDBDocumentClient, tableName: string): AuditLog {
  return {
    forCity: (city, onPage) =>
      queryPages(
        db,
        {
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.cityAudit(city, '', '').gsi1pk },
        },
        (items) => onPage(items as unknown as AuditEvent[]),
      ),
    append: async (event) => {
      try {
        await db.send(new PutCommand(auditPut(tableName, event)));
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

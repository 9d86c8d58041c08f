import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { classifyError } from '#functions/shared/errors.ts';
import type { AuditEvent } from '#functions/submissions/model.ts';
import { auditPut } from './audit.ts';

/** Appends audit events that go with no other write (a sign-in, a link opened). */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
}

export function createAuditLog(db: DynamoDBDocumentClient, tableName: string): AuditLog {
  return {
    append: async (event) => {
      try {
        await db.send(new PutCommand(auditPut(tableName, event)));
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

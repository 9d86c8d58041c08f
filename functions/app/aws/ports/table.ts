import * as z from 'zod/mini';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { createDeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import { createDigestStore } from '#functions/obligations/store/digest-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';
import type { PortBuilder } from './builder.ts';

export const tableName = { TABLE_NAME: z.string().check(z.minLength(1)) };

/** `table`: the stores of the one table (the workflow records are `workflow-records`'s). */
export const tablePorts: PortBuilder = ({ env, clock }) => {
  const { TABLE_NAME: table } = env(tableName);
  const db = dynamoDocumentClient();
  return {
    submissions: createSubmissionStore(db, table),
    sessions: createSessionStore(db, table, clock),
    people: createPeopleStore(db, table),
    claims: createClaimStore(db, table, clock),
    rateLimits: createRateLimitStore(db, table, clock),
    audit: createAuditLog(db, table),
    obligations: createObligationStore(db, table),
    directory: createDirectoryStore(db, table),
    cycles: createCycleStore(db, table),
    deliveries: createDeliveryStore(db, table, clock),
    digests: createDigestStore(db, table),
  };
};

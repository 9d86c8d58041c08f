import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { createDeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import { createDigestStore } from '#functions/obligations/store/digest-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';
import type { Ports, tableStoreNames } from './ports.ts';

/** The stores of the `table` capability (the workflow records are `workflow-records`'s). */
export type TableStores = Pick<Ports, (typeof tableStoreNames)[number]>;

/**
 * Every store of the one table, the same in both runtimes. `clock` ages what follows the cycle
 * (claimed sends, deliveries); `sessionClock` ages sessions and sign-in counters, which on one
 * machine keep real time while a simulated year moves the engine's clock.
 */
export function createTableStores(
  db: DynamoDBDocumentClient,
  tableName: string,
  { clock, sessionClock }: { clock: Clock; sessionClock: Clock },
): TableStores {
  return {
    submissions: createSubmissionStore(db, tableName),
    sessions: createSessionStore(db, tableName, sessionClock),
    people: createPeopleStore(db, tableName),
    claims: createClaimStore(db, tableName, clock),
    rateLimits: createRateLimitStore(db, tableName, sessionClock),
    audit: createAuditLog(db, tableName),
    obligations: createObligationStore(db, tableName),
    directory: createDirectoryStore(db, tableName),
    cycles: createCycleStore(db, tableName),
    deliveries: createDeliveryStore(db, tableName, clock),
    digests: createDigestStore(db, tableName),
  };
}

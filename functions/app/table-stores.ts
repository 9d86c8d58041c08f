import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { moduleStores } from './generated/stores.ts';
import type { Ports, tableStoreNames } from './ports.ts';

/** The stores of the `table` capability (the workflow records are `workflow-records`'s). */
export type TableStores = Pick<Ports, (typeof tableStoreNames)[number]>;

/**
 * Every store of the one table, the same in both runtimes: the platform's, and each part's from
 * its folder. `clock` ages what follows the cycle (claimed sends, deliveries); `sessionClock` ages
 * sessions and sign-in counters, which on one machine keep real time while a simulated year moves
 * the engine's clock.
 */
export function createTableStores(
  db: DynamoDBDocumentClient,
  tableName: string,
  { clock, sessionClock }: { clock: Clock; sessionClock: Clock },
): TableStores {
  return {
    sessions: createSessionStore(db, tableName, sessionClock),
    claims: createClaimStore(db, tableName, clock),
    rateLimits: createRateLimitStore(db, tableName, sessionClock),
    audit: createAuditLog(db, tableName),
    ...moduleStores({ db, tableName, clock, sessionClock }),
  };
}

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#functions/platform/ports/clock.ts';

/**
 * What a part's stores are built from, in both runtimes: the one table and its client, the clock
 * that ages what follows the cycle (claimed sends, deliveries), and `sessionClock`, which ages
 * sessions and sign-in counters and on one machine keeps real time while a simulated year moves
 * the engine's clock.
 */
export interface TableContext {
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly clock: Clock;
  readonly sessionClock: Clock;
}

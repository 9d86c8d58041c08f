import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from './keys.ts';

/** Counts attempts per key in fixed time windows, and says when a key has used up its window. */
export interface RateLimitStore {
  /** Records one attempt of `key`; false when `limit` attempts were already made in this window. */
  hit(key: string, limit: number, windowSeconds: number): Promise<boolean>;
}

/** A rate counter's key, its limit, and the length of its fixed windows. */
export interface RateLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * The update that counts one attempt of `limit.key` in the window holding `now`, only while it
 * is below the limit, and lets the table's TTL remove the counter a window after its own: alone
 * (a sign-in) or inside a transaction with what it limits (a public response).
 */
export function rateCounterHit(tableName: string, limit: RateLimit, now: Date) {
  const seconds = Math.floor(now.getTime() / 1000);
  const windowStart = seconds - (seconds % limit.windowSeconds);
  return {
    TableName: tableName,
    Key: keys.rate(limit.key, windowStart),
    UpdateExpression: 'ADD hits :one SET expiresAt = :expires, #type = :type',
    ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
    ExpressionAttributeNames: { '#type': 'type' },
    ExpressionAttributeValues: {
      ':one': 1,
      ':limit': limit.limit,
      ':expires': windowStart + 2 * limit.windowSeconds,
      ':type': 'RateCounter',
    },
  };
}

/** Where the counter of `limit` for the window holding `now` is stored. */
export function rateCounterKey(limit: Pick<RateLimit, 'key' | 'windowSeconds'>, now: Date) {
  const seconds = Math.floor(now.getTime() / 1000);
  return keys.rate(limit.key, seconds - (seconds % limit.windowSeconds));
}

/**
 * Fixed-window counters in the table: one conditional update per attempt (no read first), so
 * concurrent attempts never count past the limit. The key should already be a hash of whatever
 * identifies the client: the table holds no address.
 */
export function createRateLimitStore(
  db: DynamoDBDocumentClient,
  tableName: string,
  clock: Clock,
): RateLimitStore {
  return {
    hit: (key, limit, windowSeconds) =>
      tableCall(async () => {
        try {
          await db.send(
            new UpdateCommand(rateCounterHit(tableName, { key, limit, windowSeconds }, clock.now())),
          );
          return true;
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return false;
          throw error;
        }
      }),
  };
}

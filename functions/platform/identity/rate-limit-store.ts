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
        const now = Math.floor(clock.now().getTime() / 1000);
        const windowStart = now - (now % windowSeconds);
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.rate(key, windowStart),
              UpdateExpression: 'ADD hits :one SET expiresAt = :expires, #type = :type',
              ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
              ExpressionAttributeNames: { '#type': 'type' },
              ExpressionAttributeValues: {
                ':one': 1,
                ':limit': limit,
                ':expires': windowStart + 2 * windowSeconds,
                ':type': 'RateCounter',
              },
            }),
          );
          return true;
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return false;
          throw error;
        }
      }),
  };
}

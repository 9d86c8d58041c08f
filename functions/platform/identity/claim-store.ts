import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from './keys.ts';

/** Claims a side effect by its business key before doing it, so that a retry or a double click does it once. */
export interface ClaimStore {
  /** True for the first claim of `businessKey` within `ttlSeconds`; false for every later one. */
  claim(businessKey: string, ttlSeconds: number): Promise<boolean>;
}

export function createClaimStore(db: DynamoDBDocumentClient, tableName: string, clock: Clock): ClaimStore {
  return {
    claim: (businessKey, ttlSeconds) =>
      tableCall(async () => {
        const now = Math.floor(clock.now().getTime() / 1000);
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: itemOf(keys.claim(businessKey), 'Claim', { claimedAt: now, expiresAt: now + ttlSeconds }),
              // An expired claim (TTL deletion is late) may be taken again.
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
              ExpressionAttributeValues: { ':now': now },
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

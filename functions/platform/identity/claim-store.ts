import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { keys } from '#functions/platform/table/keys.ts';

/** Claims a side effect by its business key before doing it, so that a retry or a double click does it once. */
export interface ClaimStore {
  /** True for the first claim of `businessKey` within `ttlSeconds`; false for every later one. */
  claim(businessKey: string, ttlSeconds: number): Promise<boolean>;
}

export function createClaimStore(db: DynamoDBDocumentClient, tableName: string, clock: Clock): ClaimStore {
  return {
    claim: async (businessKey, ttlSeconds) => {
      const now = Math.floor(clock.now().getTime() / 1000);
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.claim(businessKey), type: 'Claim', claimedAt: now, expiresAt: now + ttlSeconds },
            // An expired claim (TTL deletion is late) may be taken again.
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw classifyError(error);
      }
    },
  };
}

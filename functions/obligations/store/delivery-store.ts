import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '#functions/platform/identity/keys.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

/**
 * - `claimed`: first claim (or a retry after the mail service refused): send now.
 * - `reclaimed`: an earlier claim's lease ran out without `sent` (a timeout after the mail service
 *   may have accepted it): send again, and count it as a possible duplicate.
 * - `sent`: done before: send nothing.
 * - `busy`: another execution holds the lease: send nothing now.
 */
export type ClaimOutcome = 'claimed' | 'reclaimed' | 'sent' | 'busy';

/**
 * At-most-once delivery of an email by its business key (`obligationId#deadlineVersion#slot`):
 * claim with a conditional write before calling the mail service, mark sent after.
 */
export interface DeliveryStore {
  claim(businessKey: string, token: string, leaseSeconds: number): Promise<ClaimOutcome>;
  markSent(businessKey: string, token: string, messageId: string): Promise<void>;
  /** Gives a claim back after the mail service refused the message, so that a retry sends it. */
  release(businessKey: string, token: string): Promise<void>;
}

export function createDeliveryStore(
  db: DynamoDBDocumentClient,
  tableName: string,
  clock: Clock,
): DeliveryStore {
  const key = (businessKey: string) => keys.claim(`mail#${businessKey}`);
  const conditionFailed = (error: unknown) => error instanceof ConditionalCheckFailedException;
  /** The claim itself; `tableCall` around it classifies what the table throws. */
  const claim = async (businessKey: string, token: string, leaseSeconds: number): Promise<ClaimOutcome> => {
    const now = clock.now().getTime();
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: itemOf(key(businessKey), 'Delivery', {
            state: 'claimed',
            token,
            leaseUntil: now + leaseSeconds * 1000,
            attempts: 1,
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!conditionFailed(error)) throw error;
    }
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: key(businessKey), ConsistentRead: true }),
    );
    if (!Item || Item.state === 'sent') return 'sent';
    if (Item.state === 'claimed' && Item.leaseUntil > now) return 'busy';
    // A released claim was refused by the mail service, so sending again is no duplicate.
    const wasReleased = Item.state === 'released';
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key(businessKey),
          UpdateExpression:
            'SET #token = :token, #state = :claimed, leaseUntil = :lease, attempts = attempts + :one, possibleDuplicate = :dup',
          ConditionExpression: '#state = :was AND leaseUntil = :seen',
          ExpressionAttributeNames: { '#token': 'token', '#state': 'state' },
          ExpressionAttributeValues: {
            ':token': token,
            ':lease': now + leaseSeconds * 1000,
            ':one': 1,
            ':dup': Item.possibleDuplicate === true || !wasReleased,
            ':claimed': 'claimed',
            ':was': Item.state,
            ':seen': Item.leaseUntil,
          },
        }),
      );
      return wasReleased ? 'claimed' : 'reclaimed';
    } catch (error) {
      if (conditionFailed(error)) return 'busy';
      throw error;
    }
  };
  return {
    claim: (businessKey, token, leaseSeconds) => tableCall(() => claim(businessKey, token, leaseSeconds)),
    release: (businessKey, token) =>
      tableCall(async () => {
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: key(businessKey),
              UpdateExpression: 'SET #state = :released, leaseUntil = :zero',
              ConditionExpression: '#token = :token AND #state = :claimed',
              ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
              ExpressionAttributeValues: {
                ':released': 'released',
                ':zero': 0,
                ':token': token,
                ':claimed': 'claimed',
              },
            }),
          );
        } catch (error) {
          if (!conditionFailed(error)) throw error;
        }
      }),
    markSent: (businessKey, token, messageId) =>
      tableCall(async () => {
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: key(businessKey),
              UpdateExpression: 'SET #state = :sent, messageId = :id, sentAt = :at',
              ConditionExpression: '#token = :token',
              ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
              ExpressionAttributeValues: {
                ':sent': 'sent',
                ':id': messageId,
                ':at': clock.now().toISOString(),
                ':token': token,
              },
            }),
          );
        } catch (error) {
          // Another execution reclaimed after our lease ran out: it sends and marks; ours was sent too.
          if (!conditionFailed(error)) throw error;
        }
      }),
  };
}

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '#functions/obligations/keys.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { queryPages } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

/** One escalation waiting for the day's digest of its recipient. */
export interface DigestEntry {
  obligationId: string;
  opd: string;
  /** `E-1`, `E-2`: which step of the escalation chain. */
  slot: string;
  /** The local date the obligation was missed since. */
  missedSince: string;
  /** ISO instant the digest that carried it was sent; absent while it waits. */
  sentAt?: string;
}

/** Which digest: one recipient's escalations of one local date. */
export interface DigestKey {
  city: string;
  personId: string;
  date: string;
}

/**
 * The escalations of a day, collected per recipient so that a person gets one digest a day
 * however many OPDs missed a deadline. Adding an entry twice keeps one; a digest marks what it sent.
 */
export interface DigestStore {
  /** Records an entry; false when it was recorded before (a retried or second execution). */
  add(digest: DigestKey, entry: Omit<DigestEntry, 'sentAt'>): Promise<boolean>;
  /** Every entry of the digest, in obligation order (at most one per OPD and slot, so a page or two). */
  entries(digest: DigestKey): Promise<DigestEntry[]>;
  markSent(digest: DigestKey, obligationIds: readonly string[], at: string): Promise<void>;
}

export function createDigestStore(db: DynamoDBDocumentClient, tableName: string): DigestStore {
  const pk = (d: DigestKey) => keys.digestEntry(d.city, d.personId, d.date, '').pk;
  return {
    add: (digest, entry) =>
      tableCall(async () => {
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: itemOf(
                keys.digestEntry(digest.city, digest.personId, digest.date, entry.obligationId),
                'DigestEntry',
                entry,
              ),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
          return true;
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return false;
          throw error;
        }
      }),
    entries: async (digest) => {
      const found: DigestEntry[] = [];
      await queryPages(
        db,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk(digest) },
        },
        (items) => {
          for (const { obligationId, opd, slot, missedSince, sentAt } of items as unknown as DigestEntry[])
            found.push({ obligationId, opd, slot, missedSince, ...(sentAt ? { sentAt } : {}) });
        },
      );
      return found;
    },
    markSent: (digest, obligationIds, at) =>
      tableCall(async () => {
        for (const obligationId of obligationIds) {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.digestEntry(digest.city, digest.personId, digest.date, obligationId),
              UpdateExpression: 'SET sentAt = if_not_exists(sentAt, :at)',
              ExpressionAttributeValues: { ':at': at },
            }),
          );
        }
      }),
  };
}

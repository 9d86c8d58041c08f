import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys, keys, pageKeyShapes } from '#functions/assessment/keys.ts';
import {
  queueEntryOf,
  type Review,
  type ReviewQueueEntry,
  reviewIdOf,
} from '#functions/assessment/review-model.ts';
import type { ReviewStore } from '#functions/assessment/stores.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { type TransactItem, transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { retryingConflicts } from '#functions/platform/table/conflict-retry.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { queryPage } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';

const queueKey = (review: Review) =>
  keys.queueEntry(review.city, review.verifier, review.due, review.reviewId);
const sameKey = (a: { pk: string; sk: string }, b: { pk: string; sk: string }) =>
  a.pk === b.pk && a.sk === b.sk;

/**
 * The writes that keep a verifier's queue in step with a review going from `previous` to `next`:
 * the old entry removed when the review leaves `in_review` (or its due date or verifier moves),
 * a new one written when it enters it. A verification within a round touches no entry.
 */
function queueWrites(tableName: string, next: Review, previous: Review | undefined): TransactItem[] {
  const before = previous?.status === 'in_review' ? queueKey(previous) : undefined;
  const after = next.status === 'in_review' ? queueKey(next) : undefined;
  if (before && after && sameKey(before, after)) return [];
  return [
    ...(before ? [{ Delete: { TableName: tableName, Key: before } }] : []),
    ...(after
      ? [{ Put: { TableName: tableName, Item: itemOf(after, 'ReviewQueueEntry', queueEntryOf(next)) } }]
      : []),
  ];
}

/** One more review for the verifier of a review's first round, in the same transaction. */
function loadWrite(tableName: string, review: Review): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.load(review.city, review.year, review.verifier),
      UpdateExpression: 'ADD #assigned :one SET #type = :type',
      ExpressionAttributeNames: { '#assigned': 'assigned', '#type': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':type': 'ReviewLoad' },
    },
  };
}

/** Reviews in the table; every change, its audit event and its queue entry are one transaction. */
export function createReviewStore(db: DynamoDBDocumentClient, tableName: string): ReviewStore {
  const auditLog = createAuditLog(db, tableName);
  const item = (review: Review) =>
    itemOf(
      {
        ...keys.review(review.city, review.reviewId),
        ...indexKeys.cycleReview(review.city, review.year, review.due, review.opd),
      },
      'Review',
      review,
    );
  return {
    get: (city, year, opd) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({
            TableName: tableName,
            Key: keys.review(city, reviewIdOf(year, opd)),
            ConsistentRead: true,
          }),
        );
        return Item ? valueOfItem<Review>(Item) : undefined;
      }),

    put: async (next, audit, previous) => {
      const condition = previous
        ? {
            ConditionExpression: '#revision = :expected',
            ExpressionAttributeNames: { '#revision': 'revision' },
            ExpressionAttributeValues: { ':expected': previous.revision },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' };
      const writes: TransactItem[] = [
        { Put: { TableName: tableName, Item: item(next), ...condition } },
        ...queueWrites(tableName, next, previous),
        ...(previous ? [] : [loadWrite(tableName, next)]),
      ];
      // The review's put is the first item. A twin still in flight cancels this transaction as a
      // conflict rather than fail its condition: it is tried again until the condition tells.
      await retryingConflicts(
        () => transactWithAudit(db, tableName, writes, [audit]),
        (error, codes) => {
          if (codes[0] === 'ConditionalCheckFailed')
            throw new StaleRevisionError(next.reviewId, { cause: error });
        },
      );
    },

    queue: async (city, verifier, { limit, cursor }) => {
      const page = await queryPage(
        db,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.queue(city, verifier).pk },
        },
        { limit, cursor, shape: pageKeyShapes.verifierQueue(city, verifier) },
      );
      return {
        entries: page.items.map((i) => valueOfItem<ReviewQueueEntry>(i)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      };
    },

    forCycle: async (city, year, { limit, cursor }) => {
      const page = await queryPage(
        db,
        {
          TableName: tableName,
          IndexName: gsi1,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.cycleReviews(city, year).gsi1pk },
        },
        { limit, cursor, shape: pageKeyShapes.cycleReviews(city, year) },
      );
      return {
        reviews: page.items.map((i) => valueOfItem<Review>(i)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      };
    },

    loads: (city, year) =>
      tableCall(async () => {
        const load = new Map<string, number>();
        let start: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': keys.loads(city, year).pk },
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          );
          for (const item of page.Items ?? []) load.set(String(item.sk), Number(item.assigned ?? 0));
          start = page.LastEvaluatedKey;
        } while (start);
        return load;
      }),

    history: (city, reviewId) => auditLog.history(keys.review(city, reviewId)),
  };
}

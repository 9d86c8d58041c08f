import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { type TransactItem, transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { retryingConflicts } from '#functions/platform/table/conflict-retry.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import { queryPages } from '#functions/platform/table/paging.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';
import { indexKeys, keys } from '#functions/submissions/keys.ts';
import type { Draft, Submission } from '#functions/submissions/model.ts';
import {
  AlreadySubmittedError,
  DraftExistsError,
  type SubmissionStore,
} from '#functions/submissions/stores.ts';

/**
 * Runs a transaction whose first item is a put-if-absent. When that item is there already, the
 * twin that wrote it (a double click, a retry, a concurrent request) is read and thrown as
 * `taken(existing)`. A twin still in flight cancels this transaction as a conflict rather than
 * fail its condition; then the write is tried again, with a jittered wait, until the twin is
 * visible. Any other cancellation is rethrown as it came.
 */
async function putFirst<T>(
  write: () => Promise<void>,
  read: () => Promise<T | undefined>,
  taken: (existing: T) => Error,
): Promise<void> {
  await retryingConflicts(write, async (error, codes) => {
    const conflict = codes.includes('TransactionConflict');
    if (codes[0] !== 'ConditionalCheckFailed' && !conflict) throw error;
    const existing = await read();
    if (existing) throw taken(existing);
    if (!conflict) throw error;
  });
}

/** The DynamoDB implementation; every change and its audit event go in one transaction. */
export function createSubmissionStore(db: DynamoDBDocumentClient, tableName: string): SubmissionStore {
  const auditLog = createAuditLog(db, tableName);
  const audited = (writes: TransactItem[], events: readonly AuditRecord[]) => () =>
    transactWithAudit(db, tableName, writes, events);
  const draftItem = (draft: Draft) =>
    itemOf(
      {
        ...keys.draft(draft.city, draft.draftId),
        ...indexKeys.opdDraft(draft.city, draft.opd, draft.formId, draft.draftId),
      },
      'Draft',
      draft,
    );
  const get = <T>(key: Key) =>
    tableCall(async () => {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
      );
      return Item ? valueOfItem<T>(Item) : undefined;
    });

  const store: SubmissionStore = {
    createDraft: (draft, audit) =>
      tableCall(() =>
        putFirst(
          audited(
            [
              {
                Put: {
                  TableName: tableName,
                  Item: draftItem(draft),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
            [audit],
          ),
          () => store.getDraft(draft.city, draft.draftId),
          (existing) => new DraftExistsError(existing),
        ),
      ),

    saveDraft: (draft, expectedRevision, audit) =>
      tableCall(async () => {
        try {
          await audited(
            [
              {
                Put: {
                  TableName: tableName,
                  Item: draftItem(draft),
                  ConditionExpression: '#revision = :expected AND #status = :draft',
                  ExpressionAttributeNames: { '#revision': 'revision', '#status': 'status' },
                  ExpressionAttributeValues: { ':expected': expectedRevision, ':draft': 'draft' },
                },
              },
            ],
            [audit],
          )();
        } catch (error) {
          if (cancellationReasons(error)[0] === 'ConditionalCheckFailed')
            throw new StaleRevisionError(draft.draftId);
          throw error;
        }
      }),

    getDraft: (city, draftId) => get<Draft>(keys.draft(city, draftId)),

    submit: (submission, audit, draft) =>
      tableCall(async () => {
        const writes: TransactItem[] = [
          {
            Put: {
              TableName: tableName,
              Item: itemOf(
                {
                  ...keys.submission(submission.city, submission.submissionId),
                  ...indexKeys.opdSubmission(
                    submission.city,
                    submission.opd,
                    submission.formId,
                    submission.submittedAt,
                  ),
                },
                'Submission',
                submission,
              ),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ];
        if (draft) {
          writes.push({
            Put: {
              TableName: tableName,
              Item: draftItem(draft.updated),
              ConditionExpression: '#revision = :expected',
              ExpressionAttributeNames: { '#revision': 'revision' },
              ExpressionAttributeValues: { ':expected': draft.expectedRevision },
            },
          });
        }
        try {
          await putFirst(
            audited(writes, audit),
            () => store.getSubmission(submission.city, submission.submissionId),
            (existing) => new AlreadySubmittedError(existing),
          );
        } catch (error) {
          // The draft's put is the second item of the transaction, before the audit events.
          if (draft && cancellationReasons(error)[1] === 'ConditionalCheckFailed')
            throw new StaleRevisionError(draft.updated.draftId);
          throw error;
        }
      }),

    getSubmission: (city, submissionId) => get<Submission>(keys.submission(city, submissionId)),

    listForOpd: async (scope) => {
      const drafts: Draft[] = [];
      const submissions: Submission[] = [];
      await queryPages(
        db,
        {
          TableName: tableName,
          IndexName: gsi1,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.opdListing(scope.city, scope.opd).gsi1pk },
        },
        (items) => {
          for (const item of items) {
            if (item.type === 'Draft') drafts.push(valueOfItem<Draft>(item));
            if (item.type === 'Submission') submissions.push(valueOfItem<Submission>(item));
          }
        },
      );
      return { drafts, submissions };
    },

    history: (entity) => auditLog.history(entity),
  };
  return store;
}

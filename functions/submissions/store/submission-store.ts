import { setTimeout as sleep } from 'node:timers/promises';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { auditPut } from '#functions/platform/audit/audit.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { cancellationReasons, dynamoCall, queryPages } from '#functions/platform/table/dynamo-call.ts';
import { indexKeys, type Key, keys } from '#functions/platform/table/keys.ts';
import type { AuditEvent, Draft, OpdScope, Submission } from '#functions/submissions/model.ts';

/** A write named a revision that is no longer the current one. */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
}

/** The submission id is taken: the same draft (or idempotency key) was submitted before. */
export class AlreadySubmittedError extends Error {
  override readonly name = 'AlreadySubmittedError';
  constructor(readonly existing: Submission) {
    super(`Submission ${existing.submissionId} exists`);
  }
}

/** The draft id is taken: the same idempotency key created a draft before. */
export class DraftExistsError extends Error {
  override readonly name = 'DraftExistsError';
  constructor(readonly existing: Draft) {
    super(`Draft ${existing.draftId} exists`);
  }
}

export interface SubmissionStore {
  /** Stores a new draft with its audit event; throws {@link DraftExistsError} when the id is taken. */
  createDraft(draft: Draft, audit: AuditEvent): Promise<void>;
  /** Replaces a draft's answers if its revision is still `expectedRevision`. */
  saveDraft(draft: Draft, expectedRevision: number, audit: AuditEvent): Promise<void>;
  getDraft(city: string, draftId: string): Promise<Draft | undefined>;
  /**
   * Stores a submission and, in the same transaction, marks its draft submitted and appends the
   * audit events. Throws {@link AlreadySubmittedError} when the id is taken, {@link StaleRevisionError}
   * when the draft changed meanwhile.
   */
  submit(
    submission: Submission,
    audit: AuditEvent[],
    draft?: { expectedRevision: number; updated: Draft },
  ): Promise<void>;
  getSubmission(city: string, submissionId: string): Promise<Submission | undefined>;
  /** An OPD's drafts and submissions (summaries), oldest first. */
  listForOpd(scope: OpdScope): Promise<{ drafts: Draft[]; submissions: Submission[] }>;
  history(entity: Key): Promise<AuditEvent[]>;
}

const strip = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _t, ...rest } = item;
  return rest as T;
};

type TransactItems = NonNullable<TransactWriteCommand['input']['TransactItems']>;

/** How often a put that met a twin still in flight is tried again; the waits double from `firstWaitMs`. */
const conflictRetries = 6;
const firstWaitMs = 15;

/**
 * Runs a transaction whose first item is a put-if-absent. When that item is there already, the
 * twin that wrote it (a double click, a retry, a concurrent request) is read and thrown as
 * `taken(existing)`. A twin still in flight cancels this transaction as a conflict rather than
 * fail its condition; then the write is tried again, with a jittered wait, until the twin is
 * visible. Any other cancellation is rethrown as it came.
 */
async function putFirst<T>(
  db: DynamoDBDocumentClient,
  items: TransactItems,
  read: () => Promise<T | undefined>,
  taken: (existing: T) => Error,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      const codes = cancellationReasons(error);
      const conflict = codes.includes('TransactionConflict');
      if (codes[0] !== 'ConditionalCheckFailed' && !conflict) throw error;
      const existing = await read();
      if (existing) throw taken(existing);
      if (!conflict) throw error;
      if (attempt === conflictRetries) throw new TransientError('Transaction conflict', { cause: error });
      await sleep(firstWaitMs * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

/** The DynamoDB implementation; every change and its audit event go in one transaction. */
export function createSubmissionStore(db: DynamoDBDocumentClient, tableName: string): SubmissionStore {
  const auditWrite = (event: AuditEvent) => ({ Put: auditPut(tableName, event) });
  const draftItem = (draft: Draft) => ({
    ...keys.draft(draft.city, draft.draftId),
    ...indexKeys.opdDraft(draft.city, draft.opd, draft.formId, draft.draftId),
    type: 'Draft',
    ...draft,
  });

  const store: SubmissionStore = {
    createDraft: (draft, audit) =>
      dynamoCall(() =>
        putFirst(
          db,
          [
            {
              Put: {
                TableName: tableName,
                Item: draftItem(draft),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            auditWrite(audit),
          ],
          () => store.getDraft(draft.city, draft.draftId),
          (existing) => new DraftExistsError(existing),
        ),
      ),

    saveDraft: (draft, expectedRevision, audit) =>
      dynamoCall(async () => {
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: tableName,
                    Item: draftItem(draft),
                    ConditionExpression: '#revision = :expected AND #status = :draft',
                    ExpressionAttributeNames: { '#revision': 'revision', '#status': 'status' },
                    ExpressionAttributeValues: { ':expected': expectedRevision, ':draft': 'draft' },
                  },
                },
                auditWrite(audit),
              ],
            }),
          );
        } catch (error) {
          if (cancellationReasons(error)[0] === 'ConditionalCheckFailed')
            throw new StaleRevisionError(draft.draftId);
          throw error;
        }
      }),

    getDraft: (city, draftId) =>
      dynamoCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.draft(city, draftId), ConsistentRead: true }),
        );
        return Item ? strip<Draft>(Item) : undefined;
      }),

    submit: (submission, audit, draft) =>
      dynamoCall(async () => {
        const items: TransactItems = [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.submission(submission.city, submission.submissionId),
                ...indexKeys.opdSubmission(
                  submission.city,
                  submission.opd,
                  submission.formId,
                  submission.submittedAt,
                ),
                type: 'Submission',
                ...submission,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...audit.map(auditWrite),
        ];
        if (draft) {
          items.push({
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
            db,
            items,
            () => store.getSubmission(submission.city, submission.submissionId),
            (existing) => new AlreadySubmittedError(existing),
          );
        } catch (error) {
          // The draft's put is the last item of the transaction, after the audit events.
          if (draft && cancellationReasons(error).at(-1) === 'ConditionalCheckFailed')
            throw new StaleRevisionError(draft.updated.draftId);
          throw error;
        }
      }),

    getSubmission: (city, submissionId) =>
      dynamoCall(async () => {
        const { Item } = await db.send(
          new GetCommand({
            TableName: tableName,
            Key: keys.submission(city, submissionId),
            ConsistentRead: true,
          }),
        );
        return Item ? strip<Submission>(Item) : undefined;
      }),

    listForOpd: async (scope) => {
      const drafts: Draft[] = [];
      const submissions: Submission[] = [];
      await queryPages(
        db,
        {
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.opdListing(scope.city, scope.opd).gsi1pk },
        },
        (items) => {
          for (const item of items) {
            if (item.type === 'Draft') drafts.push(strip<Draft>(item));
            if (item.type === 'Submission') submissions.push(strip<Submission>(item));
          }
        },
      );
      return { drafts, submissions };
    },

    history: (entity) =>
      dynamoCall(async () => {
        const { pk, skPrefix } = keys.auditPrefix(entity);
        const { Items = [] } = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
            ConsistentRead: true,
          }),
        );
        return Items.map((item) => strip<AuditEvent>(item));
      }),
  };
  return store;
}

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { submissionAudit } from '#functions/submissions/audit-events.ts';
import type { Draft, Submission } from '#functions/submissions/model.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';
import { AlreadySubmittedError, DraftExistsError } from '#functions/submissions/stores.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = createSubmissionStore(dynamo as unknown as DynamoDBDocumentClient, 'table');
const at = '2026-03-02T01:00:00.000Z';
const scope = { city: 'jambi', opd: 'diskominfo' };
const draft: Draft = {
  ...scope,
  draftId: 'idem-1',
  formId: 'innovation-report',
  formVersion: 1,
  answers: {},
  status: 'draft',
  revision: 1,
  createdAt: at,
  createdBy: 'op',
  updatedAt: at,
  updatedBy: 'op',
};
const submission: Submission = {
  ...scope,
  submissionId: 'idem-2',
  formId: 'innovation-report',
  formVersion: 1,
  answers: {},
  computed: {},
  evidence: [],
  status: 'submitted',
  revision: 1,
  submittedAt: at,
  submittedBy: 'op',
};
const fields = { eventId: 'e1', at, actor: 'op', ...scope, before: null, after: null };
const audit = submissionAudit.event('submission.created', { ...fields, entityId: 'idem-2' });

/** A cancelled transaction, with one reason per item as DynamoDB gives them. */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('submission store: a put that meets a twin', () => {
  beforeEach(() => dynamo.reset());

  it('tries again while the twin is in flight, then answers with the twin', async () => {
    // Prepare: the first try conflicts with a twin not yet visible; the second finds it written
    dynamo
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('TransactionConflict', 'None'))
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None'));
    dynamo
      .on(GetCommand)
      .resolvesOnce({})
      .resolves({ Item: { pk: 'x', sk: 'SUB', type: 'Submission', ...submission } });

    // Act
    const outcome = store.submit(submission, [audit]);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(AlreadySubmittedError);
    await expect(outcome).rejects.toMatchObject({ existing: submission });
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('gives up with a TransientError when the twin never shows', async () => {
    // Prepare
    dynamo.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None'));
    dynamo.on(GetCommand).resolves({});

    // Act
    const outcome = store.submit(submission, [audit]);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(TransientError);
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(7);
  });

  it('answers a draft created twice with the first, as DraftExistsError', async () => {
    // Prepare
    dynamo.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    dynamo.on(GetCommand).resolves({ Item: { pk: 'x', sk: 'DRAFT', type: 'Draft', ...draft } });

    // Act
    const outcome = store.createDraft(
      draft,
      submissionAudit.event('draft.created', { ...fields, entityId: 'idem-1' }),
    );

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(DraftExistsError);
    await expect(outcome).rejects.toMatchObject({ existing: draft });
  });

  it('reports a draft changed meanwhile as a stale revision, not as a twin', async () => {
    // Prepare: the submission is new; the draft's put, the second item, fails its revision check
    dynamo.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed', 'None'));

    // Act
    const outcome = store.submit(submission, [audit], {
      expectedRevision: 1,
      updated: { ...draft, status: 'submitted', revision: 2 },
    });

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(StaleRevisionError);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });
});

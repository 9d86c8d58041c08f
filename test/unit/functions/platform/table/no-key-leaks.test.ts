import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createReviewStore } from '#functions/assessment/store/review-store.ts';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { keyAttributes } from '#functions/platform/table/table-schema.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const db = dynamo as unknown as DynamoDBDocumentClient;

/** An item as the table holds it: every key attribute, its type, and one value attribute. */
const stored = (type: string) => ({
  pk: 'CITY#jambi#X',
  sk: 'X',
  gsi1pk: 'CITY#jambi#OPD#dinas-kesehatan',
  gsi1sk: 'X#1',
  type,
  city: 'jambi',
});

const reads: [string, () => Promise<unknown>][] = [
  ['a draft', () => createSubmissionStore(db, 't').getDraft('jambi', 'd1')],
  ['a submission', () => createSubmissionStore(db, 't').getSubmission('jambi', 's1')],
  ['an OPD listing', () => createSubmissionStore(db, 't').listForOpd({ city: 'jambi', opd: 'x' })],
  ['a history', () => createSubmissionStore(db, 't').history({ pk: 'CITY#jambi#DRAFT#d1', sk: 'DRAFT' })],
  ['an obligation', () => createObligationStore(db, 't').get('o1')],
  ['a page of obligations', () => createObligationStore(db, 't').page('jambi', 2026, 10)],
  ['a review', () => createReviewStore(db, 't').get('jambi', 2026, 'x')],
  ["a page of a verifier's queue", () => createReviewStore(db, 't').queue('jambi', 'ev-1', { limit: 10 })],
  ["a page of a cycle's reviews", () => createReviewStore(db, 't').forCycle('jambi', 2026, { limit: 10 })],
  ['the history of a review', () => createReviewStore(db, 't').history('jambi', '2026.x')],
  ['a person', () => createPeopleStore(db, 't').get('jambi', 'p1')],
  ['the people of an OPD', () => createPeopleStore(db, 't').ofOpd('jambi', 'x', 'opd-operator')],
  ["a city's evaluators", () => createPeopleStore(db, 't').evaluators('jambi')],
  ['a city', () => createDirectoryStore(db, 't').getCity('jambi')],
  ['a page of OPDs', () => createDirectoryStore(db, 't').opdPage('jambi', 10)],
  [
    "a city's audit log",
    async () => {
      const events: unknown[] = [];
      await createAuditLog(db, 't').forCity('jambi', (page) => events.push(...page));
      return events;
    },
  ],
];

/** Every key attribute found anywhere at the top of what a read returned (values, lists, pages). */
function leakedKeys(result: unknown): string[] {
  const objects: unknown[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      objects.push(value);
      for (const inner of Object.values(value)) if (Array.isArray(inner)) inner.forEach(walk);
    }
  };
  walk(result);
  return objects.flatMap((o) =>
    [...keyAttributes, 'type'].filter((name) => Object.hasOwn(o as object, name)),
  );
}

describe('stores hand out values, never key attributes', () => {
  beforeEach(() => {
    dynamo.reset();
    dynamo.on(GetCommand).resolves({ Item: stored('Draft') });
    dynamo
      .on(QueryCommand)
      .resolves({ Items: [stored('Draft'), stored('Submission'), stored('Obligation'), stored('Person')] });
  });

  it.each(reads)('reads %s without pk, sk, gsi1pk, gsi1sk or type', async (_, read) => {
    // Act
    const result = await read();

    // Assess
    expect(result).toBeDefined();
    expect(leakedKeys(result)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type ApiResponse, countOf, type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';

const submissions = `/api/forms/${formId}/submissions`;
const answers = makeInnovationAnswers();

describe('api: a submission repeated by a double click or a retry is stored once', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  const newDraft = async () =>
    (await api.as(people.operatorA).post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers })).body
      .draft.draftId as string;
  const submitDraft = (draftId: string) =>
    api.as(people.operatorA).post(submissions, { formVersion: 1, answers, draftId, revision: 1 });
  const submitWithKey = (key: string) =>
    api.as(people.operatorA).post(submissions, { formVersion: 1, answers }, { 'idempotency-key': key });

  /** One first answer (201) and one replay (200) of the same submission, in either order. */
  function expectOneStoredOneReplayed(responses: ApiResponse[]) {
    const sorted = [...responses].sort((a, b) => b.status - a.status);
    expect(sorted.map((r) => [r.status, r.body.replayed])).toEqual([
      [201, false],
      [200, true],
    ]);
    expect(sorted[0]?.body.submission.submissionId).toBe(sorted[1]?.body.submission.submissionId);
    expect(sorted[1]?.body.submission).toEqual(sorted[0]?.body.submission);
  }

  it('stores one submission when the same draft is submitted twice in a row', async () => {
    // Prepare
    const draftId = await newDraft();
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const first = await submitDraft(draftId);
    const second = await submitDraft(draftId);

    // Assess
    expectOneStoredOneReplayed([first, second]);
    expect(first.body.submission.submissionId).toBe(draftId);
    const dump = await api.dump();
    expect(countOf(dump, 'Submission')).toBe(before + 1);
  });

  it('stores one submission when the same draft is submitted twice at once', async () => {
    // Prepare
    const draftId = await newDraft();
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const responses = await Promise.all([submitDraft(draftId), submitDraft(draftId)]);

    // Assess
    expectOneStoredOneReplayed(responses);
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 1);
  });

  it('stores one submission for two requests with the same Idempotency-Key in a row', async () => {
    // Prepare
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const first = await submitWithKey('klik-ganda-1');
    const second = await submitWithKey('klik-ganda-1');

    // Assess
    expectOneStoredOneReplayed([first, second]);
    expect(first.body.submission.draftId).toBeUndefined();
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 1);
  });

  it('stores one submission for two requests with the same Idempotency-Key at once', async () => {
    // Prepare
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const responses = await Promise.all([submitWithKey('klik-ganda-2'), submitWithKey('klik-ganda-2')]);

    // Assess
    expectOneStoredOneReplayed(responses);
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 1);
  });

  it('stores two submissions for two different Idempotency-Keys', async () => {
    // Prepare
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const first = await submitWithKey('laporan-pertama');
    const second = await submitWithKey('laporan-kedua');

    // Assess
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.submission.submissionId).not.toBe(second.body.submission.submissionId);
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 2);
  });

  it('keeps the same Idempotency-Key of two OPDs apart', async () => {
    // Prepare
    const before = countOf(await api.dump(), 'Submission');

    // Act
    const ofA = await submitWithKey('kunci-bersama');
    const ofB = await api
      .as(people.operatorB)
      .post(submissions, { formVersion: 1, answers }, { 'idempotency-key': 'kunci-bersama' });

    // Assess
    expect([ofA.status, ofB.status]).toEqual([201, 201]);
    expect(ofB.body.submission).toMatchObject({ opd: 'dinas-kesehatan', submittedBy: 'user-operator-b' });
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 2);
  });
});

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

  /** The audit events of one entity in a dump. */
  const eventsOf = (dump: Record<string, unknown>[], id: unknown) =>
    dump.filter((item) => item.type === 'AuditEvent' && (item.entity as { id: string }).id === id);

  /** An error with a message, and any field messages, in Bahasa Indonesia and in English. */
  function expectBilingual(response: ApiResponse) {
    expect(response.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect(response.body.error.message.id).not.toBe(response.body.error.message.en);
    for (const field of response.body.error.fields ?? []) expect(field.message.id).not.toBe(field.message.en);
  }

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

  it('stores one submission and one audit event for twenty identical requests at once', async () => {
    // Prepare
    const dumpBefore = await api.dump();

    // Act
    const responses = await Promise.all(Array.from({ length: 20 }, () => submitWithKey('dua-puluh-klik')));

    // Assess
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    const ids = new Set(responses.map((r) => r.body.submission.submissionId));
    expect(ids.size).toBe(1);
    const [submissionId] = ids;
    expect(responses.filter((r) => r.body.replayed).length).toBe(19);
    const dump = await api.dump();
    expect(countOf(dump, 'Submission')).toBe(countOf(dumpBefore, 'Submission') + 1);
    expect(eventsOf(dump, submissionId)).toHaveLength(1);
    expect(countOf(dump, 'AuditEvent')).toBe(countOf(dumpBefore, 'AuditEvent') + 1);
  });

  it('refuses an Idempotency-Key reused with another body with 422, writing nothing', async () => {
    // Prepare
    const first = await submitWithKey('kunci-dipakai-ulang');
    const before = await api.dump();
    const other = { formVersion: 1, answers: makeInnovationAnswers({ name: 'Aplikasi lain' }) };

    // Act
    const reused = await api
      .as(people.operatorA)
      .post(submissions, other, { 'idempotency-key': 'kunci-dipakai-ulang' });
    const again = await submitWithKey('kunci-dipakai-ulang');

    // Assess
    expect(first.status).toBe(201);
    expect([reused.status, reused.body.error.code]).toEqual([422, 'idempotency_key_reused']);
    expectBilingual(reused);
    expect([again.status, again.body.replayed]).toEqual([200, true]);
    expect(again.body.submission).toEqual(first.body.submission);
    expect(await api.dump()).toEqual(before);
  });

  it('answers twins that race with two bodies under one key: one stored, its twins replayed, the others 422', async () => {
    // Prepare
    const key = 'balapan-dua-isi';
    const before = countOf(await api.dump(), 'Submission');
    const other = { formVersion: 1, answers: makeInnovationAnswers({ name: 'Aplikasi lain' }) };
    const send = (body: unknown) =>
      api.as(people.operatorA).post(submissions, body, { 'idempotency-key': key });

    // Act
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(i % 2 ? other : { formVersion: 1, answers })),
    );

    // Assess
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    const winner = created[0]?.body.submission;
    const sameBody = responses.filter((r) => r.status !== 422);
    expect(sameBody).toHaveLength(10);
    expect(sameBody.every((r) => r.body.submission.submissionId === winner.submissionId)).toBe(true);
    for (const refused of responses.filter((r) => r.status === 422)) {
      expect(refused.body.error.code).toBe('idempotency_key_reused');
    }
    expect(countOf(await api.dump(), 'Submission')).toBe(before + 1);
  });

  it('refuses a malformed Idempotency-Key with 400 on that header, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const responses = await Promise.all(
      ['dengan spasi', 'x'.repeat(201)].map((key) =>
        api.as(people.operatorA).post(submissions, { formVersion: 1, answers }, { 'idempotency-key': key }),
      ),
    );

    // Assess
    for (const response of responses) {
      expect([response.status, response.body.error.code]).toEqual([400, 'invalid_request']);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['idempotency-key']);
      expectBilingual(response);
    }
    expect(await api.dump()).toEqual(before);
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

describe('api: a new draft saved twice (double click, retry) under one Idempotency-Key is created once', () => {
  let api: RunningApi;
  const drafts = `/api/forms/${formId}/drafts`;
  const saveWithKey = (key: string, body: unknown = { formVersion: 1, answers: { name: 'Sikoja' } }) =>
    api.as(people.operatorA).post(drafts, body, { 'idempotency-key': key });

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('creates one draft and one audit event for twenty identical requests at once', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const responses = await Promise.all(Array.from({ length: 20 }, () => saveWithKey('simpan-ganda')));

    // Assess
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    expect(responses.filter((r) => r.body.replayed)).toHaveLength(19);
    const ids = new Set(responses.map((r) => r.body.draft.draftId));
    expect(ids.size).toBe(1);
    const dump = await api.dump();
    expect(countOf(dump, 'Draft')).toBe(countOf(before, 'Draft') + 1);
    expect(countOf(dump, 'AuditEvent')).toBe(countOf(before, 'AuditEvent') + 1);
    const replay = responses.find((r) => r.status === 200);
    expect(replay?.headers.get('location')).toBe(`${drafts}/${[...ids][0]}`);
  });

  it('answers a later repeat with the draft as it is now, and refuses another body with 422', async () => {
    // Prepare: created under a key, then saved once more
    const created = await saveWithKey('simpan-lalu-ubah');
    const path = `${drafts}/${created.body.draft.draftId}`;
    const saved = await api
      .as(people.operatorA)
      .put(path, { formVersion: 1, answers: { name: 'Sikoja 2' }, revision: 1 });
    const before = await api.dump();

    // Act
    const repeat = await saveWithKey('simpan-lalu-ubah');
    const reused = await saveWithKey('simpan-lalu-ubah', { formVersion: 1, answers: { name: 'Lain' } });

    // Assess
    expect([created.status, saved.status]).toEqual([201, 200]);
    expect([repeat.status, repeat.body.replayed]).toEqual([200, true]);
    expect(repeat.body.draft).toMatchObject({ revision: 2, answers: { name: 'Sikoja 2' } });
    expect([reused.status, reused.body.error.code]).toEqual([422, 'idempotency_key_reused']);
    expect(reused.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect(await api.dump()).toEqual(before);
  });

  it('creates two drafts for two keys, and for two OPDs under one key', async () => {
    // Prepare
    const before = countOf(await api.dump(), 'Draft');

    // Act
    const first = await saveWithKey('draf-pertama');
    const second = await saveWithKey('draf-kedua');
    const ofB = await api
      .as(people.operatorB)
      .post(drafts, { formVersion: 1, answers: {} }, { 'idempotency-key': 'draf-pertama' });

    // Assess
    expect([first.status, second.status, ofB.status]).toEqual([201, 201, 201]);
    expect(new Set([first, second, ofB].map((r) => r.body.draft.draftId)).size).toBe(3);
    expect(countOf(await api.dump(), 'Draft')).toBe(before + 3);
  });
});

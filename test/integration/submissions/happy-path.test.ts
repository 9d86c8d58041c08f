import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#functions/submissions/keys.ts';
import {
  evidencePdf,
  fileRefFor,
  formId,
  makeInnovationAnswers,
  sha256Hex,
  uploadRequestFor,
} from '#test/support/api-answers.ts';
import { countOf, postToTicket, type RunningApi, startApi } from '#test/support/api-client.ts';
import { opdA, people } from '#test/support/api-people.ts';

describe('api: an OPD operator reports an innovation, over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('lists, drafts, saves, submits and reads back a report, with an audit event per change', async () => {
    // Prepare
    const operator = api.as(people.operatorA);
    const answers = makeInnovationAnswers();

    // Act
    const myForms = await operator.get('/api/me/forms');
    const form = await operator.get(`/api/forms/${formId}`);
    const created = await operator.post(`/api/forms/${formId}/drafts`, {
      formVersion: 1,
      answers: { name: 'Sikoja' },
    });
    const draftId: string = created.body.draft.draftId;
    const saved = await operator.put(`/api/forms/${formId}/drafts/${draftId}`, {
      formVersion: 1,
      answers,
      revision: 1,
    });
    const read = await operator.get(`/api/forms/${formId}/drafts/${draftId}`);
    const submitted = await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers,
      draftId,
      revision: 2,
    });
    const submissionId: string = submitted.body.submission.submissionId;
    const submission = await operator.get(`/api/submissions/${submissionId}`);
    const myFormsAfter = await operator.get('/api/me/forms');

    // Assess
    expect(myForms.status).toBe(200);
    expect(myForms.body).toMatchObject({ city: opdA.city, opd: opdA.opd });
    expect(myForms.body.forms).toEqual([
      expect.objectContaining({ formId, version: 1, drafts: [], submissions: [] }),
    ]);
    expect(form.status).toBe(200);
    expect(form.body.form).toMatchObject({ id: formId, version: 1 });
    expect(created.status).toBe(201);
    expect(created.body.draft).toMatchObject({ ...opdA, formVersion: 1, revision: 1, status: 'draft' });
    expect(created.headers.get('location')).toBe(`/api/forms/${formId}/drafts/${draftId}`);
    expect(saved.status).toBe(200);
    expect(saved.body.draft).toMatchObject({ revision: 2, answers });
    expect(read.status).toBe(200);
    expect(read.body.draft).toMatchObject({ draftId, revision: 2, answers, status: 'draft' });
    expect(submitted.status).toBe(201);
    expect(submitted.body.replayed).toBe(false);
    expect(submitted.headers.get('location')).toBe(`/api/submissions/${submissionId}`);
    expect(submission.status).toBe(200);
    expect(submission.body.submission).toMatchObject({
      ...opdA,
      submissionId,
      formId,
      formVersion: 1,
      status: 'submitted',
      answers,
      draftId,
      submittedBy: people.operatorA.claims.sub,
    });
    expect(myFormsAfter.body.forms[0]).toMatchObject({
      drafts: [],
      submissions: [{ submissionId, formVersion: 1 }],
    });
    const actor = people.operatorA.claims.sub;
    const draftHistory = await api.ports.submissions.history(keys.draft(opdA.city, draftId));
    expect(
      draftHistory.map(({ action, actor, before, after }) => ({ action, actor, before, after })),
    ).toEqual(
      expect.arrayContaining([
        {
          action: 'draft.created',
          actor,
          before: null,
          after: { revision: 1, formVersion: 1, answers: { name: 'Sikoja' } },
        },
        {
          action: 'draft.saved',
          actor,
          before: { revision: 1, formVersion: 1, answers: { name: 'Sikoja' } },
          after: { revision: 2, formVersion: 1, answers },
        },
      ]),
    );
    const submissionHistory = await api.ports.submissions.history(keys.submission(opdA.city, submissionId));
    expect(submissionHistory).toEqual([
      expect.objectContaining({
        action: 'submission.created',
        actor,
        ...opdA,
        entity: { type: 'submission', id: submissionId },
        before: null,
        after: { formVersion: 1, answers, evidence: [] },
      }),
    ]);
  });

  it('links an evidence file uploaded as a browser uploads it, by its SHA-256', async () => {
    // Prepare
    const operator = api.as(people.operatorA);
    const ticketResponse = await operator.post('/api/uploads', uploadRequestFor(evidencePdf));
    const ticket = ticketResponse.body.upload;

    // Act
    const uploaded = await postToTicket(
      api.baseUrl,
      ticket,
      evidencePdf,
      'sk-walikota.pdf',
      'application/pdf',
    );
    const submitted = await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers: makeInnovationAnswers({ evidenceDocument: fileRefFor(ticket.fileId, evidencePdf) }),
    });

    // Assess
    expect(ticketResponse.status).toBe(201);
    // Locally a path of the site, so a browser posts to the address it opened the page at.
    expect(ticket.url.startsWith('/local-uploads/')).toBe(true);
    expect(uploaded).toBe(204);
    expect(submitted.status).toBe(201);
    expect(submitted.body.submission.evidence).toEqual([
      {
        fieldPath: 'evidenceDocument',
        fileId: ticket.fileId,
        key: `evidence/${opdA.city}/${opdA.opd}/${ticket.fileId}`,
        sha256: sha256Hex(evidencePdf),
        size: evidencePdf.length,
        contentType: 'application/pdf',
      },
    ]);
    const stored = await operator.get(`/api/submissions/${submitted.body.submission.submissionId}`);
    expect(stored.body.submission.evidence).toEqual(submitted.body.submission.evidence);
  });

  it('refuses a submission naming a file never uploaded, with an error on that answer, and writes nothing', async () => {
    // Prepare
    const operator = api.as(people.operatorA);
    const ticket = (await operator.post('/api/uploads', uploadRequestFor(evidencePdf))).body.upload;
    const before = await api.dump();

    // Act
    const response = await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers: makeInnovationAnswers({ evidenceDocument: fileRefFor(ticket.fileId, evidencePdf) }),
    });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'answers.evidenceDocument', code: 'evidence_not_uploaded' }),
    ]);
    const after = await api.dump();
    expect(after).toEqual(before);
    expect(countOf(after, 'Submission')).toBe(countOf(before, 'Submission'));
  });
  it('records the submission of a draft in the draft’s own history', async () => {
    // Prepare
    const operator = api.as(people.operatorA);
    const answers = makeInnovationAnswers();
    const draftId = (await operator.post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers })).body
      .draft.draftId;

    // Act
    await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers,
      draftId,
      revision: 1,
    });

    // Assess: every change of the draft, up to its current revision, has its event
    const draft = (await operator.get(`/api/forms/${formId}/drafts/${draftId}`)).body.draft;
    const history = await api.ports.submissions.history(keys.draft(opdA.city, draftId));
    expect(draft).toMatchObject({ status: 'submitted', revision: 2 });
    expect(history.map((event) => (event.after as { revision?: number } | null)?.revision)).toEqual([1, 2]);
    expect(history.at(-1)).toMatchObject({
      action: 'draft.submitted',
      actor: people.operatorA.claims.sub,
      before: expect.objectContaining({ revision: 1 }),
      after: expect.objectContaining({ revision: 2 }),
    });
  });

  it('refuses evidence whose stored content type is not the one the answer claims, writing nothing', async () => {
    // Prepare: a table, uploaded as what it is, then named as a PDF
    const operator = api.as(people.operatorA);
    const csv = Buffer.from('inovasi,pengguna\nSikoja,12500\n');
    const ticket = (await operator.post('/api/uploads', uploadRequestFor(csv, 'pengguna.csv', 'text/csv')))
      .body.upload;
    expect(await postToTicket(api.baseUrl, ticket, csv, 'pengguna.csv', 'text/csv')).toBe(204);
    const before = await api.dump();

    // Act
    const response = await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers: makeInnovationAnswers({
        evidenceDocument: fileRefFor(ticket.fileId, csv, 'pengguna.pdf', 'application/pdf'),
      }),
    });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'answers.evidenceDocument' }),
    ]);
    expect(await api.dump()).toEqual(before);
  });
});

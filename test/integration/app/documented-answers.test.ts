import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import {
  evidencePdf,
  fileRefFor,
  formId,
  makeInnovationAnswers,
  uploadRequestFor,
} from '#test/support/api-answers.ts';
import { type ApiResponse, postToTicket, type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';
import { type OpenApi, responseValidators } from './openapi-validator.ts';

const city = 'jambi';
const year = 2026;
const obligationPath = (opd: string, action: string) =>
  `/api/obligations/${obligationIdOf(city, year, opd, 'innovation-report')}/${action}`;

describe('api: every answer of the happy path is one the OpenAPI document describes', () => {
  let api: RunningApi;
  let document: OpenApi;
  let validatorOf: ReturnType<typeof responseValidators>;

  /** Asserts that `response` is a documented status of the route and its body matches that status's schema. */
  function expectDocumented(response: ApiResponse, path: string, method: string) {
    const mediaType = response.headers.get('content-type')?.split(';')[0] ?? '';
    const documented = document.paths[path]?.[method]?.responses?.[String(response.status)];
    expect(documented, `${method} ${path} documents ${response.status}`).toBeDefined();
    expect(Object.keys(documented.content)).toEqual([mediaType]);
    const validate = validatorOf(path, method, response.status, mediaType);
    validate(response.body);
    expect(validate.errors ?? [], `${method} ${path} ${response.status}`).toEqual([]);
  }

  beforeAll(async () => {
    // Monday 2 March 2026; the demo city's innovation reports are due Friday 30 October.
    api = await startApi();
    await seedDemoCity(api.ports.directory, api.ports.people);
    await startCycle(api.ports, api.ports.clock, { city, year });
    const kickoff = new LocalWorkflowRunner(
      loadWorkflowDefinitions(inject('assemblyDir')),
      createLocalFunctions(api.ports),
      api.ports.clock,
      { retryIntervalMs: 0 },
    );
    expect((await kickoff.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
    document = (await api.withToken(undefined).get('/openapi.json')).body;
    validatorOf = responseValidators(document);
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers the health check and the document itself as described', async () => {
    // Act
    const health = await api.withToken(undefined).get('/health');
    const openApi = await api.withToken(undefined).get('/openapi.json');

    // Assess
    expect([health.status, openApi.status]).toEqual([200, 200]);
    expectDocumented(health, '/health', 'get');
    expectDocumented(openApi, '/openapi.json', 'get');
  });

  it('answers my forms, a form and its answers schema as described', async () => {
    // Prepare: an OPD of the demo city, so its form has a due date
    const operator = api.as(people.operatorB);

    // Act
    const myForms = await operator.get('/api/me/forms');
    const form = await operator.get(`/api/forms/${formId}`);
    const schemaId = await operator.get(`/api/forms/${formId}/schema`);
    const schemaEn = await operator.get(`/api/forms/${formId}/schema?version=1&lang=en`);

    // Assess
    expect(myForms.body.forms[0].due).toMatchObject({ due: '2026-10-30' });
    expectDocumented(myForms, '/api/me/forms', 'get');
    expectDocumented(form, '/api/forms/{formId}', 'get');
    expectDocumented(schemaId, '/api/forms/{formId}/schema', 'get');
    expectDocumented(schemaEn, '/api/forms/{formId}/schema', 'get');
  });

  it('answers drafts, uploads and submissions, first and repeated, as described', async () => {
    // Prepare
    const operator = api.as(people.operatorB);
    const drafts = '/api/forms/{formId}/drafts';
    const submissions = '/api/forms/{formId}/submissions';
    const draftBody = { formVersion: 1, answers: { name: 'Sikoja' } };
    const key = { 'idempotency-key': 'draf-dokumentasi' };

    // Act
    const created = await operator.post(`/api/forms/${formId}/drafts`, draftBody, key);
    const repeated = await operator.post(`/api/forms/${formId}/drafts`, draftBody, key);
    const draftPath = `/api/forms/${formId}/drafts/${created.body.draft.draftId}`;
    const read = await operator.get(draftPath);
    const saved = await operator.put(draftPath, {
      formVersion: 1,
      answers: makeInnovationAnswers(),
      revision: 1,
    });
    const upload = await operator.post('/api/uploads', uploadRequestFor(evidencePdf));
    const ticket = upload.body.upload;
    expect(await postToTicket(api.baseUrl, ticket, evidencePdf, 'sk-walikota.pdf', 'application/pdf')).toBe(
      204,
    );
    const submitBody = {
      formVersion: 1,
      answers: makeInnovationAnswers({ evidenceDocument: fileRefFor(ticket.fileId, evidencePdf) }),
    };
    const submitKey = { 'idempotency-key': 'kirim-dokumentasi' };
    const submitted = await operator.post(`/api/forms/${formId}/submissions`, submitBody, submitKey);
    const resubmitted = await operator.post(`/api/forms/${formId}/submissions`, submitBody, submitKey);
    const submission = await operator.get(`/api/submissions/${submitted.body.submission.submissionId}`);

    // Assess
    expect([created.status, repeated.status, submitted.status, resubmitted.status]).toEqual([
      201, 200, 201, 200,
    ]);
    expect(submitted.body.submission.evidence).toHaveLength(1);
    // The server's bookkeeping of the key is not part of the draft it answers with.
    expect(created.body.draft).not.toHaveProperty('idempotency');
    expectDocumented(created, drafts, 'post');
    expectDocumented(repeated, drafts, 'post');
    expectDocumented(read, '/api/forms/{formId}/drafts/{draftId}', 'get');
    expectDocumented(saved, '/api/forms/{formId}/drafts/{draftId}', 'put');
    expectDocumented(upload, '/api/uploads', 'post');
    expectDocumented(submitted, submissions, 'post');
    expectDocumented(resubmitted, submissions, 'post');
    expectDocumented(submission, '/api/submissions/{submissionId}', 'get');
  });

  it('answers the obligation list, a move and a waiver as described', async () => {
    // Prepare
    const admin = api.as(people.admin);

    // Act
    const page = await admin.get('/api/obligations?limit=5');
    const moved = await admin.post(obligationPath('bappeda', 'move'), { due: '2026-11-13' });
    const waived = await admin.post(obligationPath('dinas-pendidikan', 'waive'), {
      reason: 'Digabung ke dinas lain tahun ini.',
    });

    // Assess
    expect([page.status, moved.status, waived.status]).toEqual([200, 200, 200]);
    expect(page.body.cursor).toEqual(expect.any(String));
    expectDocumented(page, '/api/obligations', 'get');
    expectDocumented(moved, '/api/obligations/{obligationId}/move', 'post');
    expectDocumented(waived, '/api/obligations/{obligationId}/waive', 'post');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, routes } from '#functions/app/routes.ts';
import { evidencePdf, formId, makeInnovationAnswers, uploadRequestFor } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { opdA, type Person, people } from '#test/support/api-people.ts';

/** A word only OPD A's answers hold: finding it in a response means A's data leaked. */
const secret = 'Sikoja-rahasia-opd-a';
const answersOfA = makeInnovationAnswers({ name: secret });

interface ItemsOfA {
  draftId: string;
  submissionId: string;
}

interface Attempt {
  json?: unknown;
  /** What a caller outside OPD A may get; undefined: any status, as long as nothing leaks or changes. */
  statuses?: number[];
}

/**
 * What an outsider tries at each operation, aimed at OPD A's items. An operation not listed here
 * (a new route) still gets the route's method and path, aimed at A's items, with an empty body.
 */
const attempts: Record<string, Attempt> = {
  listMyForms: { statuses: [200] },
  getForm: { statuses: [200] },
  createDraft: { json: { formVersion: 1, answers: answersOfA, ...opdA }, statuses: [400] },
  getDraft: { statuses: [404] },
  saveDraft: { json: { formVersion: 1, answers: { name: 'Diubah' }, revision: 1 }, statuses: [403, 404] },
  submit: { json: { formVersion: 1, answers: answersOfA, draftId: '{draftId}' }, statuses: [403, 404] },
  getSubmission: { statuses: [404] },
  // A ticket is for the caller's own OPD, and writes nothing to the table.
  createUpload: { json: uploadRequestFor(evidencePdf), statuses: [201] },
};

const aimAt = (text: string, items: ItemsOfA) =>
  text
    .replaceAll('{formId}', formId)
    .replaceAll('{draftId}', items.draftId)
    .replaceAll('{submissionId}', items.submissionId);

const bearerRoutes = routes.filter((route) => route.access === 'bearer');
const outsiders: Person[] = [people.operatorB, people.foreignCityOperator];

describe('api: a caller sees and changes only what their city and OPD allow', () => {
  let api: RunningApi;
  let items: ItemsOfA;

  beforeAll(async () => {
    api = await startApi();
    const operator = api.as(people.operatorA);
    const submitted = await operator.post(`/api/forms/${formId}/drafts`, {
      formVersion: 1,
      answers: answersOfA,
    });
    const submissionId = submitted.body.draft.draftId;
    await operator.post(`/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers: answersOfA,
      draftId: submissionId,
    });
    const open = await operator.post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: answersOfA });
    items = { draftId: open.body.draft.draftId, submissionId };
  });

  afterAll(async () => {
    await api.stop();
  });

  describe.each(outsiders)('for the $label', (outsider) => {
    it.each(bearerRoutes)(
      'keeps OPD A’s items hidden and unchanged at $method $path',
      async (route: Route) => {
        // Prepare
        const attempt = attempts[route.operation] ?? (route.method === 'GET' ? {} : { json: {} });
        const json =
          attempt.json === undefined ? undefined : JSON.parse(aimAt(JSON.stringify(attempt.json), items));
        const before = await api.dump();

        // Act
        const response = await api
          .as(outsider)
          .request(route.method, aimAt(route.path, items), json === undefined ? {} : { json });

        // Assess
        if (attempt.statuses) expect(attempt.statuses).toContain(response.status);
        expect(response.status).toBeLessThan(500);
        expect(response.text).not.toContain(secret);
        expect(response.text).not.toContain(items.draftId);
        expect(response.text).not.toContain(items.submissionId);
        expect(await api.dump()).toEqual(before);
      },
    );
  });

  it.each([people.evaluator, people.admin, people.headA])(
    'lets the $label read OPD A’s submission',
    async (reader) => {
      // Act
      const response = await api.as(reader).get(`/api/submissions/${items.submissionId}`);

      // Assess
      expect(response.status).toBe(200);
      expect(response.body.submission).toMatchObject({ ...opdA, answers: answersOfA, status: 'submitted' });
    },
  );

  it.each([people.evaluator, people.admin])(
    'refuses drafts, saves, submissions and uploads of the $label with 403, writing nothing',
    async (reader) => {
      // Prepare
      const caller = api.as(reader);
      const before = await api.dump();

      // Act
      const responses = [
        await caller.post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: answersOfA }),
        await caller.put(`/api/forms/${formId}/drafts/${items.draftId}`, {
          formVersion: 1,
          answers: answersOfA,
          revision: 1,
        }),
        await caller.post(`/api/forms/${formId}/submissions`, { formVersion: 1, answers: answersOfA }),
        await caller.post(`/api/forms/${formId}/submissions`, {
          formVersion: 1,
          answers: answersOfA,
          draftId: items.draftId,
        }),
        await caller.post('/api/uploads', uploadRequestFor(evidencePdf)),
      ];

      // Assess
      expect(responses.map((r) => [r.status, r.body.error?.code])).toEqual(
        responses.map(() => [403, 'forbidden']),
      );
      expect(await api.dump()).toEqual(before);
    },
  );

  describe('refuses fields that are the server’s to set, one error per field, writing nothing', () => {
    const serverFields = {
      status: 'submitted',
      score: { score: 5, max: 5 },
      opd: 'dinas-kesehatan',
      city: 'palembang',
      submittedBy: 'someone-else',
    };
    const cases = [
      { name: 'a submission', method: 'POST', path: () => `/api/forms/${formId}/submissions` },
      { name: 'a new draft', method: 'POST', path: () => `/api/forms/${formId}/drafts` },
      {
        name: 'a saved draft',
        method: 'PUT',
        path: (ids: ItemsOfA) => `/api/forms/${formId}/drafts/${ids.draftId}`,
        extra: { revision: 1 },
      },
    ];

    it.each(cases)('in $name', async ({ method, path, extra }) => {
      // Prepare
      const before = await api.dump();

      // Act
      const response = await api.as(people.operatorA).request(method, path(items), {
        json: { formVersion: 1, answers: answersOfA, ...extra, ...serverFields },
      });

      // Assess
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
      const fields: { path: string; code: string }[] = response.body.error.fields;
      expect(fields.map((f) => f.path).sort()).toEqual(Object.keys(serverFields).sort());
      expect(new Set(fields.map((f) => f.code))).toEqual(new Set(['unknown_field']));
      expect(await api.dump()).toEqual(before);
    });
  });
  it('refuses a revision in the body of a new draft as an unknown field, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api
      .as(people.operatorA)
      .post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: makeInnovationAnswers(), revision: 7 });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'revision', code: 'unknown_field' }),
    ]);
    expect(await api.dump()).toEqual(before);
  });
});

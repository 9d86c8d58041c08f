import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type ApiResponse, type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';

const submissions = `/api/forms/${formId}/submissions`;
const validBody = () => ({ formVersion: 1, answers: makeInnovationAnswers() });

/** Every field error carries a message in Bahasa Indonesia and in English. */
function expectBilingualFields(response: ApiResponse) {
  for (const field of response.body.error.fields) {
    expect(field.message).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect(field.message.id).not.toBe(field.message.en);
  }
}

describe('api: bad input is refused with a clear error and changes nothing', () => {
  let api: RunningApi;
  let before: Record<string, unknown>[];
  let draftPath: string;

  beforeAll(async () => {
    api = await startApi();
    // Something in the table, so an unchanged dump says more than "still empty".
    expect((await api.as(people.operatorA).post(submissions, validBody())).status).toBe(201);
    const draft = await api.as(people.operatorA).post(`/api/forms/${formId}/drafts`, validBody());
    draftPath = `/api/forms/${formId}/drafts/${draft.body.draft.draftId}`;
    before = await api.dump();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers 404 for a form that does not exist', async () => {
    // Act
    const read = await api.as(people.operatorA).get('/api/forms/no-such-form');
    const submitted = await api.as(people.operatorA).post('/api/forms/no-such-form/submissions', validBody());

    // Assess
    expect([read.status, read.body.error.code]).toEqual([404, 'not_found']);
    expect([submitted.status, submitted.body.error.code]).toEqual([404, 'not_found']);
    expect(await api.dump()).toEqual(before);
  });

  it('answers 404 unknown_form_version for a version never published', async () => {
    // Act
    const read = await api.as(people.operatorA).get(`/api/forms/${formId}?version=99`);
    const submitted = await api.as(people.operatorA).post(submissions, { ...validBody(), formVersion: 99 });

    // Assess
    expect([read.status, read.body.error.code]).toEqual([404, 'unknown_form_version']);
    expect([submitted.status, submitted.body.error.code]).toEqual([404, 'unknown_form_version']);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses answers of the wrong type with one bilingual error per answer', async () => {
    // Act
    const response = await api.as(people.operatorA).post(submissions, {
      formVersion: 1,
      answers: makeInnovationAnswers({ peopleReached: 'banyak sekali', maturity: 'tinggi', launchDate: 17 }),
    });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'answers.launchDate',
      'answers.maturity',
      'answers.peopleReached',
    ]);
    expectBilingualFields(response);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses missing answers with "wajib" messages in Bahasa Indonesia', async () => {
    // Act
    const response = await api.as(people.operatorA).post(submissions, { formVersion: 1, answers: {} });

    // Assess
    expect(response.status).toBe(400);
    const name = response.body.error.fields.find((f: { path: string }) => f.path === 'answers.name');
    expect(name).toMatchObject({ code: 'required', message: { id: expect.stringContaining('wajib') } });
    expect(name.message.en).toContain('required');
    expectBilingualFields(response);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses a body without formVersion with a "wajib" error on it', async () => {
    // Act
    const response = await api.as(people.operatorA).post(submissions, { answers: makeInnovationAnswers() });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'formVersion',
        code: 'required',
        message: { id: expect.stringContaining('wajib'), en: expect.any(String) },
      },
    ]);
    expect(await api.dump()).toEqual(before);
  });

  it.each([
    {
      name: 'a fractional formVersion',
      path: 'formVersion',
      send: (api: RunningApi) =>
        api.as(people.operatorA).post(submissions, { ...validBody(), formVersion: 1.5 }),
    },
    {
      name: 'a version query that is not a number',
      path: 'version',
      send: (api: RunningApi) => api.as(people.operatorA).get(`/api/forms/${formId}?version=abc`),
    },
  ])('reports $name as invalid, not as missing', async ({ path, send }) => {
    // Act
    const response = await send(api);

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path })]);
    expect(response.body.error.fields[0].code).not.toBe('required');
    expect(response.body.error.fields[0].message.id).not.toContain('wajib');
    expect(await api.dump()).toEqual(before);
  });

  describe.each(['__proto__', 'constructor', 'prototype'])('an answer key named %s', (key) => {
    /*
     * Written out as text: in an object literal `__proto__` sets the prototype, and JSON.stringify
     * would leave it out. JSON.parse makes it an own key, as a client's request does.
     */
    const answersWith = (where: 'top' | 'nested') => {
      const valid = JSON.stringify(makeInnovationAnswers()).slice(1, -1);
      const links = `[{"title": "Berita", "url": "https://jambikota.go.id/a", "${key}": {"url": 1}}]`;
      return where === 'top'
        ? `{"${key}": {"name": "Sikoja"}, ${valid}}`
        : `{${valid}, "evidenceLinks": ${links}}`;
    };
    const routes = [
      { name: 'a new draft', method: 'POST', path: () => `/api/forms/${formId}/drafts`, extra: '' },
      { name: 'a saved draft', method: 'PUT', path: () => draftPath, extra: ', "revision": 1' },
      { name: 'a submission', method: 'POST', path: () => submissions, extra: '' },
    ];

    it.each(
      routes.flatMap((route) => [
        { ...route, where: 'top' as const, field: `answers.${key}` },
        { ...route, where: 'nested' as const, field: `answers.evidenceLinks.0.${key}` },
      ]),
    )(
      'refuses it in $name ($where level) with a bilingual error on $field',
      async ({ method, path, extra, where, field }) => {
        // Prepare
        const raw = `{"formVersion": 1, "answers": ${answersWith(where)}${extra}}`;

        // Act
        const response = await api.as(people.operatorA).request(method, path(), { raw });

        // Assess
        expect([response.status, response.body.error.code]).toEqual([400, 'invalid_request']);
        expect(response.body.error.fields).toEqual([
          {
            path: field,
            code: 'unknown_field',
            message: { id: expect.stringContaining(`"${key}"`), en: expect.stringContaining(`"${key}"`) },
          },
        ]);
        expectBilingualFields(response);
        expect(await api.dump()).toEqual(before);
      },
    );
  });

  it('refuses a reserved key beside other faults, reporting each once', async () => {
    // Act
    const response = await api.as(people.operatorA).request('POST', submissions, {
      raw: '{"__proto__": {}, "formVersion": "1", "answers": {"__proto__": 1}}',
    });

    // Assess
    expect(response.status).toBe(400);
    expect(
      response.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]).sort(),
    ).toEqual([
      ['__proto__', 'unknown_field'],
      ['answers.__proto__', 'unknown_field'],
      ['formVersion', 'invalid_type'],
    ]);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses a body over 256 KiB with 413', async () => {
    // Prepare: valid JSON, a valid submission but for its padding
    const raw = JSON.stringify({ ...validBody(), padding: 'x'.repeat(256 * 1024) });

    // Act
    const response = await api.as(people.operatorA).request('POST', submissions, { raw });

    // Assess
    expect([response.status, response.body.error.code]).toEqual([413, 'payload_too_large']);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses a body that is not JSON with 400 malformed_json', async () => {
    // Act
    const response = await api
      .as(people.operatorA)
      .request('POST', submissions, { raw: '{"formVersion": 1,' });

    // Assess
    expect([response.status, response.body.error.code]).toEqual([400, 'malformed_json']);
    expect(response.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect(await api.dump()).toEqual(before);
  });

  it('refuses the second of two saves made from the same revision with 409 stale_revision', async () => {
    // Prepare
    const operator = api.as(people.operatorA);
    const draftId = (await operator.post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: {} })).body
      .draft.draftId;
    const path = `/api/forms/${formId}/drafts/${draftId}`;
    const first = await operator.put(path, { formVersion: 1, answers: { name: 'Pertama' }, revision: 1 });
    const afterFirst = await api.dump();

    // Act
    const second = await operator.put(path, { formVersion: 1, answers: { name: 'Kedua' }, revision: 1 });

    // Assess
    expect(first.status).toBe(200);
    expect([second.status, second.body.error.code]).toEqual([409, 'stale_revision']);
    expect(await api.dump()).toEqual(afterFirst);
    expect((await operator.get(path)).body.draft).toMatchObject({
      revision: 2,
      answers: { name: 'Pertama' },
    });
  });
});

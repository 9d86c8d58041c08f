import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFromClaims } from '#functions/platform/identity/identity.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';

describe('api: the web session cookie as well as a bearer token (embedded runtime)', () => {
  let api: RunningApi;
  let cookie: string;
  let csrf: string;

  beforeAll(async () => {
    api = await startApi();
    const { id, session } = await api.ports.sessions.create(
      { identity: identityFromClaims(people.operatorA.claims), via: 'demo' },
      3600,
    );
    cookie = `__Host-siklus-session=${id}`;
    csrf = session.csrf;
  });

  afterAll(() => api.stop());

  const anonymous = () => api.withToken(undefined);

  it('reads with the session of the pages', async () => {
    const response = await anonymous().request('GET', '/api/me/forms', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.body.opd).toBe(people.operatorA.claims['custom:opd']);
  });

  it('refuses a change made with the cookie but without the CSRF token, writing nothing', async () => {
    const before = await api.dump();
    const body = { formVersion: 1, answers: makeInnovationAnswers() };
    const response = await anonymous().request('POST', `/api/forms/${formId}/drafts`, {
      json: body,
      headers: { cookie },
    });
    expect([response.status, response.body.error.code]).toEqual([403, 'csrf_token_mismatch']);
    expect(await api.dump()).toEqual(before);
  });

  it('accepts a change made with the cookie and its CSRF token', async () => {
    const body = { formVersion: 1, answers: makeInnovationAnswers() };
    const headers = { cookie, 'x-csrf-token': csrf };
    const response = await anonymous().request('POST', `/api/forms/${formId}/drafts`, {
      json: body,
      headers,
    });
    expect(response.status).toBe(201);
  });

  it('refuses an unknown session as an invalid credential', async () => {
    const response = await anonymous().request('GET', '/api/me/forms', {
      headers: { cookie: '__Host-siklus-session=forged' },
    });
    expect([response.status, response.body.error.code]).toEqual([401, 'invalid_token']);
  });
});

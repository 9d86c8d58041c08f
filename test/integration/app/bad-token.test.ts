import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { localTokenIssuer } from '#infra/local/local-token-issuer.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { people, withClaims } from '#test/support/api-people.ts';

const submissions = `/api/forms/${formId}/submissions`;
const validBody = () => ({ formVersion: 1, answers: makeInnovationAnswers() });

describe('api: a request without a valid token is refused with 401 and changes nothing', () => {
  let api: RunningApi;
  let before: Record<string, unknown>[];

  beforeAll(async () => {
    api = await startApi();
    // The same request with a good token is accepted: what refuses the others is their token.
    expect((await api.as(people.operatorA).post(submissions, validBody())).status).toBe(201);
    before = await api.dump();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('refuses a request without a token with 401 unauthenticated', async () => {
    // Act
    const response = await api.withToken(undefined).post(submissions, validBody());

    // Assess
    expect([response.status, response.body.error.code]).toEqual([401, 'unauthenticated']);
    expect(await api.dump()).toEqual(before);
  });

  const tamper = (token: string) => {
    const [header, payload = '', signature] = token.split('.');
    const at = 20;
    const flipped = payload[at] === 'A' ? 'B' : 'A';
    return [header, payload.slice(0, at) + flipped + payload.slice(at + 1), signature].join('.');
  };
  const reclaim = (token: string) => {
    const [header, payload = '', signature] = token.split('.');
    const claims = {
      ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
      'custom:opd': 'dinas-kesehatan',
    };
    return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
  };
  const badTokens: { name: string; token: (api: RunningApi) => string }[] = [
    { name: 'an expired token', token: (api) => api.ports.issuer.issue(people.operatorA.claims, -60) },
    {
      name: 'a token with a flipped payload character',
      token: (api) => tamper(api.ports.issuer.issue(people.operatorA.claims)),
    },
    {
      name: 'a token whose claims were rewritten',
      token: (api) => reclaim(api.ports.issuer.issue(people.operatorA.claims)),
    },
    {
      name: 'a token for another audience',
      token: (api) => api.ports.issuer.issue({ ...people.operatorA.claims, aud: 'another-app' }),
    },
    {
      name: 'an unsigned token',
      token: (api) => {
        const [, payload] = api.ports.issuer.issue(people.operatorA.claims).split('.');
        return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      },
    },
    {
      name: 'a token signed by another key',
      token: () =>
        localTokenIssuer(
          join(mkdtempSync(join(tmpdir(), 'siklus-other-key-')), 'key.json'),
          systemClock,
        ).issue(people.operatorA.claims),
    },
    {
      name: 'a token without a city',
      token: (api) => api.ports.issuer.issue(withClaims(people.operatorA, {}, ['custom:city']).claims),
    },
    {
      name: 'a token with an OPD role but no OPD',
      token: (api) => api.ports.issuer.issue(withClaims(people.operatorA, {}, ['custom:opd']).claims),
    },
  ];

  it.each(badTokens)('refuses $name with 401 invalid_token', async ({ token }) => {
    // Act
    const response = await api.withToken(token(api)).post(submissions, validBody());

    // Assess
    expect([response.status, response.body.error.code]).toEqual([401, 'invalid_token']);
    expect(await api.dump()).toEqual(before);
  });
});

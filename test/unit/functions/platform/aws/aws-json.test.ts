import { describe, expect, it } from 'vitest';
import { AwsServiceError, createAwsJsonClient } from '#functions/platform/aws/aws-json.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { credentialFor, fakeAws, json, sentBody, sentHeaders } from './aws-fake.ts';

const service = { signingName: 'scheduler', endpointPrefix: 'scheduler', title: 'EventBridge Scheduler' };
const client = (...answers: Parameters<typeof fakeAws>) => {
  const fake = fakeAws(...answers);
  return { send: createAwsJsonClient(service, fake.options), requests: fake.requests };
};

describe('AWS JSON client', () => {
  it('signs a JSON request for the service and sends it to the regional endpoint', async () => {
    // Prepare
    const { send, requests } = client(json(200, { ok: true }));

    // Act
    const answer = await send({ operation: 'Op', method: 'POST', path: '/things/a.b', body: { A: 1 } });

    // Assess
    expect(answer).toEqual({ ok: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://scheduler.ap-southeast-3.amazonaws.com/things/a.b');
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.init.body).toBe('{"A":1}');
    const headers = sentHeaders(requests[0]);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-amz-date']).toBe('20260301T000000Z');
    expect(headers['x-amz-security-token']).toBe('token');
    expect(headers.authorization).toContain(credentialFor('scheduler'));
    expect(headers.authorization).toMatch(/SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;/);
    expect(headers).not.toHaveProperty('host');
  });

  it('signs the body: another body, another signature', async () => {
    const { send, requests } = client(json(200), json(200));
    await send({ operation: 'Op', method: 'POST', path: '/', body: { A: 1 } });
    await send({ operation: 'Op', method: 'POST', path: '/', body: { A: 2 } });
    expect(sentHeaders(requests[0]).authorization).not.toBe(sentHeaders(requests[1]).authorization);
    expect(sentBody(requests[1])).toEqual({ A: 2 });
  });

  it('puts the query in the URL, encoded, and answers {} for an empty body', async () => {
    const { send, requests } = client(new Response('', { status: 200 }));
    const answer = await send({
      operation: 'Op',
      method: 'DELETE',
      path: '/s/n',
      query: { groupName: 'a b' },
    });
    expect(answer).toEqual({});
    expect(requests[0]?.url).toBe('https://scheduler.ap-southeast-3.amazonaws.com/s/n?groupName=a%20b');
    expect(requests[0]?.init.body).toBeUndefined();
    expect(sentHeaders(requests[0])).not.toHaveProperty('content-type');
  });

  it.each([
    ['the x-amzn-errortype header', json(409, { message: 'exists' }, 'ConflictException')],
    [
      'a namespaced __type',
      json(400, { __type: 'com.amazonaws.scheduler#ConflictException', Message: 'exists' }),
    ],
    ['a code', json(400, { code: 'ConflictException', message: 'exists' })],
  ])('names the error by its AWS type, read from %s, without a retry', async (_where, answer) => {
    const { send, requests } = client(answer);
    const error = await send({ operation: 'Op', method: 'POST', path: '/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({ name: 'ConflictException' });
    expect((error as Error).message).toContain('exists');
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['ThrottlingException with 400', () => json(400, { __type: 'ThrottlingException' })],
    ['TooManyRequestsException', () => json(429, {}, 'TooManyRequestsException')],
    ['InternalServerException', () => json(500, {}, 'InternalServerException')],
    ['a bare 503', () => new Response('', { status: 503 })],
    ['a network failure', () => new TypeError('fetch failed')],
  ])('retries %s once, then throws a TransientError', async (_what, answer) => {
    const { send, requests } = client(answer(), answer());
    await expect(send({ operation: 'Op', method: 'POST', path: '/' })).rejects.toBeInstanceOf(TransientError);
    expect(requests).toHaveLength(2);
  });

  it('answers the retry when it passes', async () => {
    const { send, requests } = client(json(400, { __type: 'ThrottlingException' }), json(200, { ok: 1 }));
    await expect(send({ operation: 'Op', method: 'POST', path: '/' })).resolves.toEqual({ ok: 1 });
    expect(requests).toHaveLength(2);
  });
});

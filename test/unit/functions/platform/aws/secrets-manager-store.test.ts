import { describe, expect, it } from 'vitest';
import { createSecretsManagerStore } from '#functions/platform/aws/secrets-manager-store.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { credentialFor, fakeAws, json, sentBody, sentHeaders } from './aws-fake.ts';

const arn = 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:siklus-link-keys-AbCdEf';

/** A clock at 2026-03-01T00:00Z that a test moves on. */
const movableClock = () => {
  let now = Date.parse('2026-03-01T00:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };
  return { clock, advance: (ms: number) => (now += ms) };
};

const makeStore = (...answers: Parameters<typeof fakeAws>) => {
  const fake = fakeAws(...answers);
  const time = movableClock();
  const { clock: _fixed, ...access } = fake.options;
  const store = createSecretsManagerStore({ 'link-keys': arn }, time.clock, access);
  return { store, requests: fake.requests, advance: time.advance };
};

describe('Secrets Manager store', () => {
  it('reads the secret with a signed GetSecretValue (JSON 1.1)', async () => {
    // Prepare
    const { store, requests } = makeStore(
      json(200, { ARN: arn, Name: 'siklus-link-keys', SecretString: 'k1' }),
    );

    // Act
    const value = await store.get('link-keys');

    // Assess
    expect(value).toBe('k1');
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.url).toBe('https://secretsmanager.ap-southeast-3.amazonaws.com/');
    const headers = sentHeaders(requests[0]);
    expect(headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
    expect(headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(headers.authorization).toContain(credentialFor('secretsmanager'));
    expect(headers.authorization).toContain('x-amz-target');
    expect(sentBody(requests[0])).toStrictEqual({ SecretId: arn });
  });

  it('reuses a read secret for five minutes, then reads it again', async () => {
    // Prepare
    const { store, requests, advance } = makeStore(
      json(200, { SecretString: 'k1' }),
      json(200, { SecretString: 'k2' }),
    );

    // Act and assess
    expect(await store.get('link-keys')).toBe('k1');
    advance(5 * 60 * 1000 - 1);
    expect(await store.get('link-keys')).toBe('k1');
    expect(requests).toHaveLength(1);
    advance(1);
    expect(await store.get('link-keys')).toBe('k2');
    expect(requests).toHaveLength(2);
  });

  it('refuses a name with no configured secret without calling AWS', async () => {
    const { store, requests } = makeStore();
    await expect(store.get('other')).rejects.toThrow('No secret is configured for other');
    expect(requests).toHaveLength(0);
  });

  it('refuses a secret without a string value', async () => {
    const { store } = makeStore(json(200, { SecretBinary: 'AAEC' }));
    await expect(store.get('link-keys')).rejects.toThrow('Secret link-keys has no string value');
  });

  it('raises throttling as a TransientError after one retry, and caches nothing', async () => {
    const throttled = () =>
      json(400, { __type: 'com.amazonaws.secretsmanager#ThrottlingException', message: 'Rate exceeded' });
    const { store, requests } = makeStore(throttled(), throttled(), json(200, { SecretString: 'k1' }));
    await expect(store.get('link-keys')).rejects.toBeInstanceOf(TransientError);
    expect(requests).toHaveLength(2);
    expect(await store.get('link-keys')).toBe('k1');
  });

  it('passes a missing secret on, named by its AWS type', async () => {
    const { store } = makeStore(
      json(400, {
        __type: 'ResourceNotFoundException',
        Message: "Secrets Manager can't find the specified secret.",
      }),
    );
    await expect(store.get('link-keys')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

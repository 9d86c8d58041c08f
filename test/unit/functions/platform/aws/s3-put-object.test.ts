import { describe, expect, it } from 'vitest';
import { createS3Signer } from '#functions/platform/aws/s3/signing.ts';
import { InvalidInputError, TransientError } from '#functions/platform/lambda/errors.ts';
import { evidenceLimits, type PutRequest } from '#functions/platform/ports/file-store.ts';
import { makeStore, sentHeaders } from './s3-fake-fetch.ts';

// SHA-256 of "abc", FIPS 180-2 appendix B.1, in hex and in the base64 form S3 uses.
const abcHex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const abcBase64 = 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=';

const key = 'cities/jambi/evidence/file-1.csv';
const makeRequest = (overrides: Partial<PutRequest> = {}): PutRequest => ({
  key,
  contentType: 'text/csv',
  bytes: new TextEncoder().encode('abc'),
  ...overrides,
});
const ok = () => new Response(null, { status: 200 });
const s3Error = (status: number, code: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`, { status });

describe('S3 file store: put', () => {
  it('sends a signed PutObject with the bytes, their length, type and SHA-256 checksum', async () => {
    // Prepare
    const { store, requests } = makeStore([ok()]);

    // Act
    await store.put(makeRequest());

    // Assess
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(
      'https://evidence.s3.ap-southeast-3.amazonaws.com/cities/jambi/evidence/file-1.csv',
    );
    expect(request?.init).toMatchObject({ method: 'PUT', redirect: 'manual', body: makeRequest().bytes });
    expect(sentHeaders(request)).toMatchObject({
      'content-type': 'text/csv',
      'content-length': '3',
      'x-amz-checksum-sha256': abcBase64,
      'x-amz-sdk-checksum-algorithm': 'SHA256',
      'x-amz-content-sha256': abcHex,
      'x-amz-date': '20260302T080000Z',
    });
    expect(sentHeaders(request).authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260302\/ap-southeast-3\/s3\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-checksum-sha256;x-amz-content-sha256;x-amz-date;x-amz-sdk-checksum-algorithm, Signature=[0-9a-f]{64}$/,
    );
  });

  it('signs the payload itself: the signature is the one a signer hashing the body computes', async () => {
    // Prepare
    const { store, requests } = makeStore([ok()]);
    const { bytes } = makeRequest();
    await store.put(makeRequest());
    const { authorization, 'x-amz-content-sha256': _, ...unsigned } = sentHeaders(requests[0]);

    // Act: without x-amz-content-sha256, smithy hashes the body it is given.
    const signer = createS3Signer({
      region: 'ap-southeast-3',
      credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }),
    });
    const signed = await signer.sign(
      {
        method: 'PUT',
        protocol: 'https:',
        hostname: 'evidence.s3.ap-southeast-3.amazonaws.com',
        path: `/${key}`,
        query: {},
        headers: { ...unsigned, host: 'evidence.s3.ap-southeast-3.amazonaws.com' },
        body: bytes,
      },
      { signingDate: new Date('2026-03-02T08:00:00.000Z') },
    );

    // Assess
    expect(signed.headers['x-amz-content-sha256']).toBe(abcHex);
    expect(signed.headers.authorization).toBe(authorization);
  });

  it('answers the stored file with the SHA-256 it computed, in hex', async () => {
    const { store } = makeStore([ok()]);
    expect(await store.put(makeRequest())).toEqual({ key, size: 3, contentType: 'text/csv', sha256: abcHex });
  });

  it('accepts a body of exactly the server limit', async () => {
    const { store, requests } = makeStore([ok()]);
    const bytes = new Uint8Array(evidenceLimits.maxServerBytes);
    expect((await store.put(makeRequest({ bytes }))).size).toBe(evidenceLimits.maxServerBytes);
    expect(sentHeaders(requests[0])['content-length']).toBe(String(evidenceLimits.maxServerBytes));
  });

  it.each([
    ['a body above the server limit', { bytes: new Uint8Array(evidenceLimits.maxServerBytes + 1) }],
    ['an empty body', { bytes: new Uint8Array(0) }],
    ['a type that is not evidence', { contentType: 'application/x-msdownload' }],
    ['a key that climbs out of its folder', { key: 'cities/../secrets.csv' }],
    ['an absolute key', { key: '/etc/passwd' }],
  ])('refuses %s without sending anything', async (_, overrides) => {
    const { store, requests } = makeStore([ok()]);
    await expect(store.put(makeRequest(overrides))).rejects.toBeInstanceOf(InvalidInputError);
    expect(requests).toHaveLength(0);
  });

  it('retries a 503 once, then raises a TransientError', async () => {
    // Prepare
    const { store, requests } = makeStore([s3Error(503, 'SlowDown'), s3Error(503, 'SlowDown')]);

    // Act
    const outcome = store.put(makeRequest());

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(TransientError);
    await expect(outcome).rejects.toThrow(/SlowDown/);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.init.body).toEqual(makeRequest().bytes);
  });

  it('succeeds when the one retry after a network failure does', async () => {
    const { store, requests } = makeStore([new TypeError('fetch failed'), ok()]);
    expect((await store.put(makeRequest())).sha256).toBe(abcHex);
    expect(requests).toHaveLength(2);
  });

  it('raises a refusal such as BadDigest at once, with its S3 code, neither retried nor transient', async () => {
    // Prepare
    const { store, requests } = makeStore([s3Error(400, 'BadDigest')]);

    // Act
    const outcome = store.put(makeRequest());

    // Assess
    await expect(outcome).rejects.toMatchObject({ name: 'S3ResponseError', status: 400, code: 'BadDigest' });
    expect(requests).toHaveLength(1);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, TransientError } from '#functions/platform/lambda/errors.ts';
import { makeStore } from './s3-fake-fetch.ts';

const head = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers });

const bytes = Buffer.from('%PDF-1.7 laporan inovasi');
const digest = createHash('sha256').update(bytes).digest();
const key = 'cities/jambi/evidence/file-1.pdf';

const storedHeaders = {
  'content-length': String(bytes.length),
  'content-type': 'application/pdf',
  'x-amz-checksum-sha256': digest.toString('base64'),
  'x-amz-checksum-type': 'FULL_OBJECT',
};

describe('S3 file store: describe', () => {
  it('sends a signed HeadObject with checksum mode to the virtual-hosted object URL', async () => {
    // Prepare
    const { store, requests } = makeStore([head(200, storedHeaders)]);

    // Act
    await store.describe(key);

    // Assess
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(
      'https://evidence.s3.ap-southeast-3.amazonaws.com/cities/jambi/evidence/file-1.pdf',
    );
    expect(request?.init).toMatchObject({ method: 'HEAD', redirect: 'manual' });
    expect(request?.init.signal).toBeInstanceOf(AbortSignal);
    const headers = request?.init.headers as Record<string, string>;
    expect(headers).toMatchObject({
      'x-amz-checksum-mode': 'ENABLED',
      'x-amz-date': '20260302T080000Z',
      'x-amz-content-sha256': createHash('sha256').digest('hex'),
    });
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260302\/ap-southeast-3\/s3\/aws4_request, SignedHeaders=host;x-amz-checksum-mode;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('describes an object with the checksum S3 verified, in hex', async () => {
    // Prepare
    const { store } = makeStore([head(200, storedHeaders)]);

    // Act
    const stored = await store.describe(key);

    // Assess
    expect(stored).toEqual({
      key,
      size: bytes.length,
      contentType: 'application/pdf',
      sha256: digest.toString('hex'),
    });
  });

  it('answers undefined for a missing object', async () => {
    const { store } = makeStore([head(404)]);
    expect(await store.describe('cities/jambi/evidence/none.pdf')).toBeUndefined();
  });

  it('answers undefined for an invalid key without asking S3', async () => {
    const { store, requests } = makeStore();
    expect(await store.describe('../secrets')).toBeUndefined();
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['without a SHA-256 checksum', { 'content-length': '3', 'content-type': 'application/pdf' }],
    ['with a checksum of parts', { ...storedHeaders, 'x-amz-checksum-type': 'COMPOSITE' }],
    [
      'with a multipart checksum',
      { ...storedHeaders, 'x-amz-checksum-sha256': `${digest.toString('base64')}-3` },
    ],
  ])('refuses to vouch for an object stored %s', async (_, headers) => {
    const { store } = makeStore([head(200, headers)]);
    await expect(store.describe(key)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it.each([
    ['503 SlowDown', () => head(503)],
    ['500 InternalError', () => head(500)],
    ['a network failure', () => new TypeError('fetch failed')],
    ['a timeout', () => new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
  ])('retries %s once, then raises a TransientError so the workflow retries it', async (_, answer) => {
    // Prepare
    const { store, requests } = makeStore([answer(), answer()]);

    // Act
    const outcome = store.describe(key);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(TransientError);
    expect(requests).toHaveLength(2);
  });

  it('succeeds when the one retry does, sending it signed', async () => {
    // Prepare
    const { store, requests } = makeStore([head(503), head(200, storedHeaders)]);

    // Act
    const stored = await store.describe(key);

    // Assess
    expect(stored?.sha256).toBe(digest.toString('hex'));
    expect(requests).toHaveLength(2);
    expect((requests[1]!.init.headers as Record<string, string>).authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('raises an access error at once, neither retried nor transient', async () => {
    // Prepare
    const { store, requests } = makeStore([head(403)]);

    // Act
    const outcome = store.describe(key);

    // Assess
    await expect(outcome).rejects.toMatchObject({ name: 'S3ResponseError', status: 403 });
    expect(requests).toHaveLength(1);
  });
});

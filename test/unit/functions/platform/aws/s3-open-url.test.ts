import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { makeStore } from './s3-fake-fetch.ts';

const key = 'evidence/jambi/dinas-kominfo/file_1.v2.pdf';
const filename = 'Laporan "Inovasi" 2026 — Café, Kota Jambi.pdf';
const options = { filename, contentType: 'application/pdf' };
const disposition =
  'inline; filename="Laporan _Inovasi_ 2026 _ Cafe, Kota Jambi.pdf"; ' +
  "filename*=UTF-8''Laporan%20%22Inovasi%22%202026%20%E2%80%94%20Caf%C3%A9%2C%20Kota%20Jambi.pdf";

/** SHA-256 on node:crypto for smithy's signer, written here so the check shares no code with the store. */
class NodeSha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.start();
  }
  update(data: Uint8Array) {
    this.hash.update(data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash = this.start();
  }
  private start() {
    if (this.secret === undefined) return createHash('sha256');
    const secret = this.secret;
    const key =
      typeof secret === 'string'
        ? secret
        : ArrayBuffer.isView(secret)
          ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength)
          : new Uint8Array(secret);
    return createHmac('sha256', key);
  }
}

/**
 * The query S3 would expect for the URL, recomputed as S3 checks it: from the URL as the browser
 * sends it (decoded), signed again by smithy's own SignatureV4.presign with the store's key.
 */
async function resigned(url: URL, sessionToken?: string): Promise<Record<string, string>> {
  const given = Object.fromEntries(url.searchParams);
  const signer = new SignatureV4({
    service: 's3',
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret', sessionToken },
    sha256: NodeSha256,
    uriEscapePath: false,
  });
  // A presigned URL signs its payload as UNSIGNED-PAYLOAD: the header gives the signer that hash
  // and is neither signed nor moved to the query.
  const payload = new Set(['x-amz-content-sha256']);
  const { 'X-Amz-Signature': _, ...query } = given;
  const presigned = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname: url.hostname,
      path: url.pathname,
      query,
      headers: { host: url.hostname, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    },
    {
      signingDate: new Date('2026-03-02T08:00:00Z'),
      expiresIn: 300,
      unhoistableHeaders: payload,
      unsignableHeaders: payload,
    },
  );
  return presigned.query as Record<string, string>;
}

describe('S3 file store: opening a file', () => {
  it('presigns a GET of the key on the bucket host, valid for 5 minutes', async () => {
    // Prepare
    const { store, requests } = makeStore();

    // Act
    const url = new URL(await store.openUrl(key, options));

    // Assess
    expect(url.origin).toBe('https://evidence.s3.ap-southeast-3.amazonaws.com');
    // As HeadObject, PutObject and DeleteObject send it.
    expect(url.pathname).toBe('/evidence/jambi/dinas-kominfo/file_1.v2.pdf');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'response-content-disposition': disposition,
      'response-content-type': 'application/pdf',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKIDEXAMPLE/20260302/ap-southeast-3/s3/aws4_request',
      'X-Amz-Date': '20260302T080000Z',
      'X-Amz-Expires': '300',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(requests).toHaveLength(0);
  });

  it('encodes the query as SigV4 does, so S3 reads back the values that were signed', async () => {
    const url = await makeStore().store.openUrl(key, options);
    expect(url).toContain(
      '?response-content-disposition=inline%3B%20filename%3D%22Laporan%20_Inovasi_%202026%20_%20Cafe%2C%20Kota%20Jambi.pdf%22%3B%20filename%2A%3DUTF-8%27%27Laporan%2520%2522Inovasi',
    );
    expect(url).toContain('&response-content-type=application%2Fpdf&');
  });

  it('signs the URL as the SDK signer would for the same request', async () => {
    // Act
    const url = new URL(await makeStore().store.openUrl(key, options));

    // Assess
    expect(await resigned(url)).toEqual(Object.fromEntries(url.searchParams));
  });

  it('carries and signs the session token of the role’s temporary credentials', async () => {
    // Act
    const url = new URL(await makeStore([], 'session/token+1=').store.openUrl(key, options));

    // Assess
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('session/token+1=');
    expect(await resigned(url, 'session/token+1=')).toEqual(Object.fromEntries(url.searchParams));
    // Signed: the URL with another token in its place would need another signature.
    const swapped = new URL(url);
    swapped.searchParams.set('X-Amz-Security-Token', 'another-token');
    expect((await resigned(swapped))['X-Amz-Signature']).not.toBe(url.searchParams.get('X-Amz-Signature'));
  });

  it.each([
    ['a key that climbs out of its folder', 'cities/../secrets', options],
    ['an absolute key', '/etc/passwd', options],
    ['an empty key', '', options],
    ['a type that is not evidence', key, { filename, contentType: 'text/html' }],
  ])('refuses to open %s', async (_, badKey, badOptions) => {
    await expect(makeStore().store.openUrl(badKey, badOptions)).rejects.toBeInstanceOf(InvalidInputError);
  });
});

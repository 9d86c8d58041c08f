import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { getSigningKey, SignatureV4 } from '@smithy/signature-v4';
import type { AwsAccess, AwsCredentials } from './credentials.ts';

type SourceData = string | ArrayBuffer | ArrayBufferView;

/**
 * SHA-256, or HMAC-SHA256 when given a secret, on node:crypto, in the shape of smithy's `Checksum`:
 * the hash that SignatureV4 takes (the SDK's own is not exported from a package we depend on).
 */
export class Sha256 {
  private readonly secret: Uint8Array | undefined;
  private hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
    this.hash = this.start();
  }

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }

  reset(): void {
    this.hash = this.start();
  }

  private start(): Hash | Hmac {
    return this.secret ? createHmac('sha256', this.secret) : createHash('sha256');
  }
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** The virtual-hosted S3 endpoint of a bucket. */
export const bucketHost = (bucket: string, region: string): string => `${bucket}.s3.${region}.amazonaws.com`;

/** An object's path: each segment percent-encoded as SigV4 wants it (RFC 3986 unreserved kept), `/` kept. */
export const objectPath = (key: string): string =>
  `/${key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/')}`;

/** A SigV4 signer for S3: S3 wants the path encoded once (by {@link objectPath}), not twice. */
export const createS3Signer = ({ region, credentials }: AwsAccess): SignatureV4 =>
  new SignatureV4({ service: 's3', region, credentials, sha256: Sha256, uriEscapePath: false });

export interface S3Request {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * The headers to send for a request signed with SigV4 at `date`: the caller's, plus
 * `x-amz-date`, `x-amz-content-sha256` (of an empty body, unless the caller gives it: the hex
 * SHA-256 of the body it sends), `x-amz-security-token` when the key is temporary, and
 * `authorization`. `host` is signed but left out, since fetch sets it from the URL.
 */
export async function signRequest(
  signer: SignatureV4,
  { method, host, path, headers }: S3Request,
  date: Date,
): Promise<Record<string, string>> {
  const signed = await signer.sign(
    { method, protocol: 'https:', hostname: host, path, query: {}, headers: { ...headers, host } },
    { signingDate: date },
  );
  const { host: _signedHost, ...toSend } = signed.headers;
  return toSend;
}

/** `20151229T000000Z`: the SigV4 form of a time, to the second. */
export const amzDate = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** The SigV4 signature of a base64 POST policy: HMAC-SHA256 under the signing key for date, region and s3, in hex. */
export async function signPolicy(
  policy: string,
  credentials: AwsCredentials,
  region: string,
  date: Date,
): Promise<string> {
  const key = await getSigningKey(Sha256, credentials, amzDate(date).slice(0, 8), region, 's3');
  const hmac = new Sha256(key);
  hmac.update(Buffer.from(policy, 'utf8'));
  return Buffer.from(await hmac.digest()).toString('hex');
}

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

/** Percent-encodes all but the RFC 3986 unreserved characters, as SigV4 wants. */
const rfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The virtual-hosted S3 endpoint of a bucket. */
export const bucketHost = (bucket: string, region: string): string => `${bucket}.s3.${region}.amazonaws.com`;

/** An object's path: each segment percent-encoded as SigV4 wants it (RFC 3986 unreserved kept), `/` kept. */
export const objectPath = (key: string): string =>
  `/${key
    .split('/')
    .map((segment) => rfc3986(segment))
    .join('/')}`;

/**
 * A SigV4 signer for any AWS service, by its signing name (`s3`, `ses`, `scheduler`,
 * `secretsmanager`, ...). Every service but S3 wants the canonical path encoded twice: the signer
 * encodes the path it is given (already encoded once, as sent) once more.
 */
export const createSigner = (
  { region, credentials }: AwsAccess,
  service: string,
  { uriEscapePath = true }: { uriEscapePath?: boolean } = {},
): SignatureV4 => new SignatureV4({ service, region, credentials, sha256: Sha256, uriEscapePath });

/** A SigV4 signer for S3: S3 wants the path encoded once (by {@link objectPath}), not twice. */
export const createS3Signer = (access: AwsAccess): SignatureV4 =>
  createSigner(access, 's3', { uriEscapePath: false });

/** A request to sign: `path` as sent (each segment percent-encoded), `query` not yet encoded. */
export interface AwsRequest {
  method: string;
  host: string;
  path: string;
  query?: Record<string, string>;
  headers: Record<string, string>;
  /** Hashed into the signature unless `x-amz-content-sha256` already gives its hash. */
  body?: string | Uint8Array;
}

/** The requests the S3 adapter signs; any AWS request has the same shape. */
export type S3Request = AwsRequest;

/**
 * The headers to send for a request signed with SigV4 at `date`: the caller's, plus
 * `x-amz-date`, `x-amz-content-sha256` (of the body, or of an empty body, unless the caller gives
 * it: the hex SHA-256 of the body it sends), `x-amz-security-token` when the key is temporary, and
 * `authorization`. `host` is signed but left out, since fetch sets it from the URL.
 */
export async function signRequest(
  signer: SignatureV4,
  { method, host, path, query = {}, headers, body }: AwsRequest,
  date: Date,
): Promise<Record<string, string>> {
  const signed = await signer.sign(
    {
      method,
      protocol: 'https:',
      hostname: host,
      path,
      query: { ...query },
      headers: { ...headers, host },
      ...(body === undefined ? {} : { body }),
    },
    { signingDate: date },
  );
  const { host: _signedHost, ...toSend } = signed.headers;
  return toSend;
}

/** A request a browser will send by following a URL: no headers of its own, no body. */
export type UrlRequest = Omit<AwsRequest, 'headers' | 'body'>;

const payloadHashHeader = 'x-amz-content-sha256';

/**
 * A SigV4 presigned URL (authentication in the query string) valid for `expiresInSeconds` from
 * `date`: the request's query, then `X-Amz-Security-Token` when the key is temporary, then the
 * algorithm, credential, date, expiry, signed headers (`host` only) and signature, all signed but
 * the last. The payload is signed as `UNSIGNED-PAYLOAD`, as S3 wants for a presigned URL, without
 * adding `x-amz-content-sha256` to the URL: S3 assumes that value when the URL does not give it.
 */
export async function presignUrl(
  signer: SignatureV4,
  { method, host, path, query = {} }: UrlRequest,
  date: Date,
  expiresInSeconds: number,
): Promise<string> {
  // The signer reads the payload hash from this header; kept out of the query and of the signed
  // headers, it changes nothing else.
  const unsigned = new Set([payloadHashHeader]);
  const presigned = await signer.presign(
    {
      method,
      protocol: 'https:',
      hostname: host,
      path,
      query: { ...query },
      headers: { host, [payloadHashHeader]: 'UNSIGNED-PAYLOAD' },
    },
    {
      signingDate: date,
      expiresIn: expiresInSeconds,
      unhoistableHeaders: unsigned,
      unsignableHeaders: unsigned,
    },
  );
  return `https://${host}${path}${queryString(presigned.query as Record<string, string>)}`;
}

/** A query string as SigV4 encodes it (RFC 3986: only unreserved characters kept), empty for no parameters. */
export const queryString = (query: Record<string, string> = {}): string => {
  const pairs = Object.entries(query).map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
};

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

import { type S3Connection, sendSigned } from './send.ts';
import { bucketHost, objectPath } from './signing.ts';

/** What HeadObject with checksum mode tells about an object; a header S3 did not send is undefined. */
export interface ObjectHead {
  contentLength: number | undefined;
  contentType: string | undefined;
  /** Base64; for a multipart upload, a checksum of the part checksums. */
  checksumSha256: string | undefined;
  /** `FULL_OBJECT` or `COMPOSITE`. */
  checksumType: string | undefined;
}

/**
 * HeadObject with `x-amz-checksum-mode: ENABLED`, which is what makes S3 return the stored checksum.
 * Answers undefined for a 404. Retries and fails as {@link sendSigned} does.
 */
export async function headObject(
  connection: S3Connection,
  bucket: string,
  key: string,
): Promise<ObjectHead | undefined> {
  const response = await sendSigned(connection, {
    operation: `HeadObject ${key}`,
    method: 'HEAD',
    host: bucketHost(bucket, connection.region),
    path: objectPath(key),
    headers: { 'x-amz-checksum-mode': 'ENABLED' },
    accept: [404],
  });
  return response.status === 404 ? undefined : readHead(response.headers);
}

function readHead(headers: Headers): ObjectHead {
  const length = headers.get('content-length');
  return {
    contentLength: length === null || !/^\d+$/.test(length) ? undefined : Number(length),
    contentType: headers.get('content-type') ?? undefined,
    checksumSha256: headers.get('x-amz-checksum-sha256') ?? undefined,
    checksumType: headers.get('x-amz-checksum-type') ?? undefined,
  };
}

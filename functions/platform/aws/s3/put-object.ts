import { createHash } from 'node:crypto';
import type { PutRequest } from '#functions/platform/ports/file-store.ts';
import { type S3Connection, sendSigned } from './send.ts';
import { bucketHost, objectPath } from './signing.ts';

/**
 * PutObject of bytes whose SHA-256 it computes and sends twice: as the signed payload hash
 * (`x-amz-content-sha256`), so the signature covers the bytes, and as `x-amz-checksum-sha256`,
 * which S3 verifies against the bytes it receives (BadDigest, nothing stored) and keeps with the
 * object, where HeadObject reads it back as for a file posted with a ticket. Retries and fails as
 * {@link sendSigned} does; a retry is safe, since it stores the same bytes again.
 * Answers the SHA-256 in lowercase hex.
 */
export async function putObject(
  connection: S3Connection,
  bucket: string,
  { key, contentType, bytes }: PutRequest,
): Promise<string> {
  const digest = createHash('sha256').update(bytes).digest();
  const response = await sendSigned(connection, {
    operation: `PutObject ${key}`,
    method: 'PUT',
    host: bucketHost(bucket, connection.region),
    path: objectPath(key),
    headers: {
      'content-type': contentType,
      'content-length': String(bytes.byteLength),
      'x-amz-checksum-sha256': digest.toString('base64'),
      'x-amz-sdk-checksum-algorithm': 'SHA256',
      'x-amz-content-sha256': digest.toString('hex'),
    },
    body: bytes,
  });
  // Nothing to read in a PutObject answer; releasing it frees the connection for the next request.
  await response.body?.cancel();
  return digest.toString('hex');
}

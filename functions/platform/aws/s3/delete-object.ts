import { type S3Connection, sendSigned } from './send.ts';
import { bucketHost, objectPath } from './signing.ts';

/**
 * DeleteObject of one key. S3 answers 204 whether or not the key existed, so a retry is safe.
 * Retries and fails as {@link sendSigned} does.
 */
export async function deleteObject(connection: S3Connection, bucket: string, key: string): Promise<void> {
  const response = await sendSigned(connection, {
    operation: `DeleteObject ${key}`,
    method: 'DELETE',
    host: bucketHost(bucket, connection.region),
    path: objectPath(key),
    headers: {},
  });
  await response.body?.cancel();
}

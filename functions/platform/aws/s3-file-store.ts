import { classifyError, InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import {
  checkOpenRequest,
  checkPutRequest,
  checkUploadRequest,
  evidenceLimits,
  type FileStore,
  hexToBase64,
  isValidKey,
  type StoredFile,
} from '#functions/platform/ports/file-store.ts';
import type { AwsAccess } from './s3/credentials.ts';
import { deleteObject } from './s3/delete-object.ts';
import { getObjectUrl } from './s3/get-object-url.ts';
import { headObject, type ObjectHead } from './s3/head-object.ts';
import { presignPost } from './s3/post-policy.ts';
import { putObject } from './s3/put-object.ts';
import { bucketHost, createS3Signer } from './s3/signing.ts';

export interface S3FileStoreOptions extends AwsAccess {
  bucket: string;
  /** Signs tickets and requests, so on AWS it must be the system clock: S3 checks both against its own. */
  clock: Clock;
  /** How long a ticket admits its file; 15 minutes lets a phone on a slow link finish 20 MB. */
  expiresInSeconds?: number;
  /** The global fetch unless a test gives another. */
  fetch?: typeof fetch;
  /** The pause before a request's one retry; 100 to 300 ms, jittered, unless a test gives another. */
  retryDelayMs?: () => number;
  /** How long one attempt of a HeadObject or PutObject (at most 4 MB, within the region) may take. */
  timeoutMs?: number;
}

/**
 * The file store on S3, without the S3 client: a ticket is a SigV4 presigned POST whose policy pins
 * the key, the exact size, the content type and the SHA-256 checksum, so S3 itself refuses any other
 * bytes: a wrong size fails the policy, and bytes whose digest differs from `x-amz-checksum-sha256`
 * fail with BadDigest before anything is stored. S3 keeps that checksum with the object, and
 * `describe` reads it back with a signed HeadObject. `put` sends bytes a handler received with a
 * signed PutObject that carries the checksum the same way. `openUrl`, like a ticket, sends nothing:
 * it is a presigned GetObject, valid for 5 minutes, whose signed `response-*` parameters fix the
 * name and type S3 answers with.
 *
 * @example
 * createS3FileStore({ ...fromLambdaEnvironment(), bucket: env.EVIDENCE_BUCKET, clock: systemClock });
 */
export function createS3FileStore({
  region,
  credentials,
  bucket,
  clock,
  expiresInSeconds = 900,
  fetch: fetchFn = (input, init) => fetch(input, init),
  retryDelayMs = () => 100 + Math.random() * 200,
  timeoutMs = 5000,
}: S3FileStoreOptions): FileStore {
  const access = { region, credentials };
  const connection = {
    region,
    signer: createS3Signer(access),
    fetch: fetchFn,
    now: () => clock.now(),
    retryDelayMs,
    timeoutMs,
  };
  return {
    uploadOrigin: `https://${bucketHost(bucket, region)}`,
    async createUpload(request) {
      checkUploadRequest(request);
      const checksum = hexToBase64(request.sha256);
      const now = clock.now();
      try {
        const { url, fields } = await presignPost(access, {
          bucket,
          key: request.key,
          now,
          expiresInSeconds,
          // Every field is also added to the policy as an exact match.
          fields: {
            'Content-Type': request.contentType,
            'x-amz-checksum-algorithm': 'SHA256',
            'x-amz-checksum-sha256': checksum,
          },
          conditions: [
            ['content-length-range', request.size, request.size],
            ['eq', '$Content-Type', request.contentType],
            ['eq', '$x-amz-checksum-algorithm', 'SHA256'],
            ['eq', '$x-amz-checksum-sha256', checksum],
          ],
        });
        const expiresAt = new Date(now.getTime() + expiresInSeconds * 1000).toISOString();
        return { fileId: request.fileId, url, fields, expiresAt, maxBytes: request.size };
      } catch (error) {
        // Only the credential provider can fail here.
        throw classifyError(error);
      }
    },

    async describe(key) {
      if (!isValidKey(key)) return undefined;
      const head = await headObject(connection, bucket, key);
      return head && toStoredFile(key, head);
    },

    async put(request) {
      checkPutRequest(request);
      const sha256 = await putObject(connection, bucket, request);
      return { key: request.key, size: request.bytes.byteLength, contentType: request.contentType, sha256 };
    },

    async delete(key) {
      if (isValidKey(key)) await deleteObject(connection, bucket, key);
    },

    async openUrl(key, { filename, contentType }) {
      checkOpenRequest(key, { filename, contentType });
      const now = clock.now();
      const expiresInSeconds = evidenceLimits.openSeconds;
      try {
        return await getObjectUrl(connection.signer, {
          bucket,
          region,
          key,
          filename,
          contentType,
          now,
          expiresInSeconds,
        });
      } catch (error) {
        // Only the credential provider can fail here.
        throw classifyError(error);
      }
    },
  };
}

function toStoredFile(key: string, head: ObjectHead): StoredFile {
  const sha256 = fullObjectSha256(head);
  if (sha256 === undefined) {
    throw new InvalidInputError(
      `Object ${key} has no SHA-256 checksum of its bytes: it was not uploaded with a ticket`,
    );
  }
  return {
    key,
    size: head.contentLength ?? 0,
    contentType: head.contentType ?? 'application/octet-stream',
    sha256,
  };
}

/** The SHA-256 of the whole object in hex, or undefined when S3 holds none (or only a checksum of parts). */
function fullObjectSha256({ checksumSha256, checksumType }: ObjectHead): string | undefined {
  // A multipart upload's checksum is a checksum of part checksums ("...-3"), not of the bytes.
  if (!checksumSha256 || checksumType === 'COMPOSITE' || checksumSha256.includes('-')) return undefined;
  const digest = Buffer.from(checksumSha256, 'base64');
  return digest.length === 32 ? digest.toString('hex') : undefined;
}

import { HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { Clock } from '#functions/ports/clock.ts';
import {
  checkUploadRequest,
  type FileStore,
  hexToBase64,
  isValidKey,
  type StoredFile,
} from '#functions/ports/file-store.ts';
import { classifyError, InvalidInputError, TransientError } from '#functions/shared/errors.ts';

export interface S3FileStoreOptions {
  client: S3Client;
  bucket: string;
  clock: Clock;
  /** How long a ticket admits its file; 15 minutes lets a phone on a slow link finish 20 MB. */
  expiresInSeconds?: number;
}

/**
 * The file store on S3. A ticket is a presigned POST whose policy pins the key, the exact size,
 * the content type and the SHA-256 checksum, so S3 itself refuses any other bytes: a wrong size
 * fails the policy, and bytes whose digest differs from `x-amz-checksum-sha256` fail with BadDigest
 * before anything is stored. S3 keeps that checksum with the object, and `describe` reads it back.
 */
export function createS3FileStore({
  client,
  bucket,
  clock,
  expiresInSeconds = 900,
}: S3FileStoreOptions): FileStore {
  return {
    async createUpload(request) {
      checkUploadRequest(request);
      const checksum = hexToBase64(request.sha256);
      // The presigner signs with the SDK's own time; on AWS the Clock is the system clock, so the
      // policy's expiration and `expiresAt` agree to the second.
      const expiresAt = new Date(clock.now().getTime() + expiresInSeconds * 1000).toISOString();
      try {
        const { url, fields } = await createPresignedPost(client, {
          Bucket: bucket,
          Key: request.key,
          Expires: expiresInSeconds,
          // Every field is also added to the policy as an exact match by the presigner.
          Fields: {
            'Content-Type': request.contentType,
            'x-amz-checksum-algorithm': 'SHA256',
            'x-amz-checksum-sha256': checksum,
          },
          Conditions: [
            ['content-length-range', request.size, request.size],
            ['eq', '$Content-Type', request.contentType],
            ['eq', '$x-amz-checksum-algorithm', 'SHA256'],
            ['eq', '$x-amz-checksum-sha256', checksum],
          ],
        });
        return { fileId: request.fileId, url, fields, expiresAt, maxBytes: request.size };
      } catch (error) {
        throw classifyS3Error(error);
      }
    },

    async describe(key) {
      if (!isValidKey(key)) return undefined;
      let head: HeadObjectCommandOutput;
      try {
        // ChecksumMode is what makes S3 return the stored checksum; without it the field is absent.
        head = await client.send(
          new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }),
        );
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw classifyS3Error(error);
      }
      return toStoredFile(key, head);
    },
  };
}

function toStoredFile(key: string, head: HeadObjectCommandOutput): StoredFile {
  const sha256 = fullObjectSha256(head);
  if (sha256 === undefined) {
    throw new InvalidInputError(
      `Object ${key} has no SHA-256 checksum of its bytes: it was not uploaded with a ticket`,
    );
  }
  return {
    key,
    size: head.ContentLength ?? 0,
    contentType: head.ContentType ?? 'application/octet-stream',
    sha256,
  };
}

/** The SHA-256 of the whole object in hex, or undefined when S3 holds none (or only a checksum of parts). */
function fullObjectSha256(head: HeadObjectCommandOutput): string | undefined {
  // A multipart upload's checksum is a checksum of part checksums ("...-3"), not of the bytes.
  if (!head.ChecksumSHA256 || head.ChecksumType === 'COMPOSITE' || head.ChecksumSHA256.includes('-')) {
    return undefined;
  }
  const digest = Buffer.from(head.ChecksumSHA256, 'base64');
  return digest.length === 32 ? digest.toString('hex') : undefined;
}

// S3 throttles with its own names (503 SlowDown, 500 InternalError), which the shared list lacks.
const transientS3ErrorNames = new Set(['SlowDown', 'InternalError', 'RequestTimeout', 'ServiceUnavailable']);

function classifyS3Error(error: unknown): unknown {
  if (error instanceof Error && transientS3ErrorNames.has(error.name)) {
    return new TransientError(error.message, { cause: error });
  }
  return classifyError(error);
}

// HeadObject has no body, so a missing key arrives as a bare 404 named NotFound. Without
// s3:ListBucket S3 answers 403 instead, which is an access problem and is left to surface.
function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NotFound' || error.name === 'NoSuchKey' || status === 404;
}

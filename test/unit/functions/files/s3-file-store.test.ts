import { createHash } from 'node:crypto';
import { HeadObjectCommand, NotFound, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createS3FileStore } from '#functions/adapters/aws/s3-file-store.ts';
import type { UploadRequest } from '#functions/ports/file-store.ts';
import { InvalidInputError, TransientError } from '#functions/shared/errors.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const client = new S3Client({
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
});
const s3 = mockClient(client);
const store = createS3FileStore({
  client,
  bucket: 'evidence',
  clock: fixedClock('2026-03-02T08:00:00.000Z'),
});

const bytes = Buffer.from('%PDF-1.7 laporan inovasi');
const digest = createHash('sha256').update(bytes).digest();
const makeRequest = (overrides: Partial<UploadRequest> = {}): UploadRequest => ({
  fileId: 'file-1',
  key: 'cities/jambi/evidence/file-1.pdf',
  contentType: 'application/pdf',
  size: bytes.length,
  sha256: digest.toString('hex'),
  ...overrides,
});

const policyOf = (fields: Record<string, string>) =>
  JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8')) as {
    expiration: string;
    conditions: unknown[];
  };

describe('S3 file store', () => {
  beforeEach(() => s3.reset());

  it('issues a POST whose fields carry the content type and the SHA-256 for S3 to verify', async () => {
    // Act
    const ticket = await store.createUpload(makeRequest());

    // Assess
    expect(ticket).toMatchObject({
      fileId: 'file-1',
      maxBytes: bytes.length,
      expiresAt: '2026-03-02T08:15:00.000Z',
    });
    expect(ticket.url).toBe('https://evidence.s3.ap-southeast-3.amazonaws.com/');
    expect(ticket.fields).toMatchObject({
      key: 'cities/jambi/evidence/file-1.pdf',
      'Content-Type': 'application/pdf',
      'x-amz-checksum-algorithm': 'SHA256',
      'x-amz-checksum-sha256': digest.toString('base64'),
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    });
    expect(ticket.fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pins the exact size, content type, checksum and key in the signed policy', async () => {
    // Act
    const { fields } = await store.createUpload(makeRequest());

    // Assess
    const { conditions } = policyOf(fields);
    expect(conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', bytes.length, bytes.length],
        ['eq', '$Content-Type', 'application/pdf'],
        ['eq', '$x-amz-checksum-algorithm', 'SHA256'],
        ['eq', '$x-amz-checksum-sha256', digest.toString('base64')],
        { key: 'cities/jambi/evidence/file-1.pdf' },
        { bucket: 'evidence' },
      ]),
    );
  });

  it.each([
    ['a type that is not evidence', { contentType: 'application/x-msdownload' }],
    ['a file above 20 MB', { size: 20 * 1024 * 1024 + 1 }],
    ['an empty file', { size: 0 }],
    ['a checksum that is not hex SHA-256', { sha256: digest.toString('base64') }],
    ['a key that climbs out of its folder', { key: 'cities/../secrets' }],
    ['an absolute key', { key: '/etc/passwd' }],
  ])('refuses a ticket for %s', async (_, overrides) => {
    await expect(store.createUpload(makeRequest(overrides))).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('describes an object from HeadObject with the checksum S3 verified, in hex', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({
      ContentLength: bytes.length,
      ContentType: 'application/pdf',
      ChecksumSHA256: digest.toString('base64'),
      ChecksumType: 'FULL_OBJECT',
    });

    // Act
    const stored = await store.describe('cities/jambi/evidence/file-1.pdf');

    // Assess
    expect(stored).toEqual({
      key: 'cities/jambi/evidence/file-1.pdf',
      size: bytes.length,
      contentType: 'application/pdf',
      sha256: digest.toString('hex'),
    });
    expect(s3.commandCalls(HeadObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'evidence',
      Key: 'cities/jambi/evidence/file-1.pdf',
      ChecksumMode: 'ENABLED',
    });
  });

  it('answers undefined for a missing object', async () => {
    s3.on(HeadObjectCommand).rejects(
      new NotFound({ message: 'Not Found', $metadata: { httpStatusCode: 404 } }),
    );
    expect(await store.describe('cities/jambi/evidence/none.pdf')).toBeUndefined();
  });

  it('refuses to vouch for an object stored without a SHA-256 checksum', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 3, ContentType: 'application/pdf' });
    await expect(store.describe('cities/jambi/evidence/file-1.pdf')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it.each(['SlowDown', 'ThrottlingException', 'InternalError'])(
    'raises %s from S3 as a TransientError, so the workflow retries it',
    async (name) => {
      s3.on(HeadObjectCommand).rejects(Object.assign(new Error('please reduce your request rate'), { name }));
      await expect(store.describe('cities/jambi/evidence/file-1.pdf')).rejects.toBeInstanceOf(TransientError);
    },
  );

  it('passes an access error through unchanged', async () => {
    s3.on(HeadObjectCommand).rejects(Object.assign(new Error('Forbidden'), { name: 'Forbidden' }));
    await expect(store.describe('cities/jambi/evidence/file-1.pdf')).rejects.toMatchObject({
      name: 'Forbidden',
    });
  });
});

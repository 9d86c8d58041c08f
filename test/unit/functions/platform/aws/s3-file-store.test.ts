import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { UploadRequest } from '#functions/platform/ports/file-store.ts';
import { makeStore } from './s3-fake-fetch.ts';

const bytes = Buffer.from('%PDF-1.7 laporan inovasi');
const digest = createHash('sha256').update(bytes).digest();
const key = 'cities/jambi/evidence/file-1.pdf';
const makeRequest = (overrides: Partial<UploadRequest> = {}): UploadRequest => ({
  fileId: 'file-1',
  key,
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

describe('S3 file store: tickets', () => {
  it('issues a POST whose fields carry the content type and the SHA-256 for S3 to verify', async () => {
    // Prepare
    const { store, requests } = makeStore();

    // Act
    const ticket = await store.createUpload(makeRequest());

    // Assess
    expect(ticket).toMatchObject({
      fileId: 'file-1',
      maxBytes: bytes.length,
      expiresAt: '2026-03-02T08:15:00.000Z',
    });
    expect(ticket.url).toBe('https://evidence.s3.ap-southeast-3.amazonaws.com/');
    expect(ticket.fields).toEqual({
      'Content-Type': 'application/pdf',
      'x-amz-checksum-algorithm': 'SHA256',
      'x-amz-checksum-sha256': digest.toString('base64'),
      bucket: 'evidence',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKIDEXAMPLE/20260302/ap-southeast-3/s3/aws4_request',
      'X-Amz-Date': '20260302T080000Z',
      key,
      Policy: expect.any(String),
      'X-Amz-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(requests).toHaveLength(0);
  });

  it('pins the exact size, content type, checksum, key and signing fields in the signed policy', async () => {
    // Act
    const { fields } = await makeStore().store.createUpload(makeRequest());

    // Assess
    expect(policyOf(fields)).toEqual({
      expiration: '2026-03-02T08:15:00Z',
      conditions: [
        ['content-length-range', bytes.length, bytes.length],
        ['eq', '$Content-Type', 'application/pdf'],
        ['eq', '$x-amz-checksum-algorithm', 'SHA256'],
        ['eq', '$x-amz-checksum-sha256', digest.toString('base64')],
        { 'Content-Type': 'application/pdf' },
        { 'x-amz-checksum-algorithm': 'SHA256' },
        { 'x-amz-checksum-sha256': digest.toString('base64') },
        { bucket: 'evidence' },
        { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
        { 'X-Amz-Credential': 'AKIDEXAMPLE/20260302/ap-southeast-3/s3/aws4_request' },
        { 'X-Amz-Date': '20260302T080000Z' },
        { key },
      ],
    });
  });

  it('adds the session token of temporary credentials as a field and a condition', async () => {
    // Act
    const { fields } = await makeStore([], 'session-token').store.createUpload(makeRequest());

    // Assess
    expect(fields['X-Amz-Security-Token']).toBe('session-token');
    expect(policyOf(fields).conditions).toContainEqual({ 'X-Amz-Security-Token': 'session-token' });
  });

  it.each([
    ['a type that is not evidence', { contentType: 'application/x-msdownload' }],
    ['a file above 20 MB', { size: 20 * 1024 * 1024 + 1 }],
    ['an empty file', { size: 0 }],
    ['a checksum that is not hex SHA-256', { sha256: digest.toString('base64') }],
    ['a key that climbs out of its folder', { key: 'cities/../secrets' }],
    ['an absolute key', { key: '/etc/passwd' }],
  ])('refuses a ticket for %s', async (_, overrides) => {
    await expect(makeStore().store.createUpload(makeRequest(overrides))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});

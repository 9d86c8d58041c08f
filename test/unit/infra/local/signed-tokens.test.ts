import { describe, expect, it } from 'vitest';
import { fileTokens } from '#infra/local/local-file-open.ts';
import { uploadTokens } from '#infra/local/local-upload-form.ts';
import { purposeKey, signedTokens, TokenRefusedError } from '#infra/local/signed-tokens.ts';

const now = new Date('2026-03-02T08:00:00.000Z');
const claims = {
  key: 'cities/jambi/evidence/file-1.pdf',
  filename: 'laporan.pdf',
  contentType: 'application/pdf',
  expiresAt: '2026-03-02T08:05:00.000Z',
};

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error instanceof TokenRefusedError ? error.reason : error;
  }
  return 'accepted';
};

describe('signed tokens of the embedded runtime', () => {
  const tokens = signedTokens<typeof claims>('secret');

  it('reads back the claims it issued until they expire', () => {
    const token = tokens.issue(claims);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(tokens.read(token, now)).toEqual(claims);
    expect(tokens.read(token, new Date('2026-03-02T08:05:00.000Z'))).toEqual(claims);
  });

  it('refuses a token once it expired', () => {
    expect(refusal(() => tokens.read(tokens.issue(claims), new Date('2026-03-02T08:05:00.001Z')))).toBe(
      'expired',
    );
  });

  it('refuses claims changed after signing', () => {
    const [, mac] = tokens.issue(claims).split('.');
    const changed = Buffer.from(JSON.stringify({ ...claims, key: 'cities/jambi/evidence/other.pdf' }));
    expect(refusal(() => tokens.read(`${changed.toString('base64url')}.${mac}`, now))).toBe('invalid');
  });

  it.each(['', '.', 'abc', 'a.b.c', `${'x'.repeat(40)}.`])('refuses the malformed token %j', (token) => {
    expect(refusal(() => tokens.read(token, now))).toBe('invalid');
  });

  it('refuses a token signed with another key', () => {
    expect(refusal(() => tokens.read(signedTokens<typeof claims>('other').issue(claims), now))).toBe(
      'invalid',
    );
  });

  it('never reads an upload token as a file link, nor a file link as an upload token', () => {
    const upload = uploadTokens('secret').issue({
      key: claims.key,
      contentType: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      expiresAt: claims.expiresAt,
    });
    expect(refusal(() => fileTokens('secret').read(upload, now))).toBe('invalid');
    expect(() => uploadTokens('secret').read(fileTokens('secret').issue(claims), now)).toThrow(
      'The upload link is not valid',
    );
  });

  it('derives a different key for each purpose', () => {
    expect(purposeKey('secret', 'local-files').equals(purposeKey('secret', 'other'))).toBe(false);
    expect(purposeKey('secret', 'local-files').equals(purposeKey('secret2', 'local-files'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { fileHeaders, fileTokens, localFilesPathPrefix } from '#infra/local/local-file-open.ts';
import { createLocalFileStore } from '#infra/local/local-file-store.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const secret = 'test-secret';
const key = 'cities/jambi/evidence/file-1.pdf';
const options = { filename: 'Laporan Inovasi.pdf', contentType: 'application/pdf' };
// No file is read or written: the folder is never created.
const store = createLocalFileStore({
  dir: '/nonexistent/siklus-files',
  clock: fixedClock('2026-03-02T08:00:00.000Z'),
  secret,
});

describe('local file store: file links', () => {
  it('names a path of the site whose token carries the key, name, type and a 5-minute expiry', async () => {
    // Act
    const url = await store.openUrl(key, options);

    // Assess
    expect(url.startsWith(localFilesPathPrefix)).toBe(true);
    const token = url.slice(localFilesPathPrefix.length);
    expect(fileTokens(secret).read(token, new Date('2026-03-02T08:05:00.000Z'))).toEqual({
      key,
      ...options,
      expiresAt: '2026-03-02T08:05:00.000Z',
    });
  });

  it('issues a token that another secret does not read', async () => {
    const token = (await store.openUrl(key, options)).slice(localFilesPathPrefix.length);
    expect(() => fileTokens('another-secret').read(token, new Date('2026-03-02T08:00:00.000Z'))).toThrow(
      'The token is not valid',
    );
  });

  it.each([
    ['a key that climbs out of its folder', 'cities/../../outside.pdf', options],
    ['an absolute key', '/etc/evidence.pdf', options],
    ['a hidden segment', '.hidden/x.pdf', options],
    ['a type that is not evidence', key, { ...options, contentType: 'text/html' }],
  ])('refuses to open %s', async (_, badKey, badOptions) => {
    await expect(store.openUrl(badKey, badOptions)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('answers with the named type and name, never sniffed, and lets the file run nothing', () => {
    expect(fileHeaders(options, 42)).toEqual({
      'content-type': 'application/pdf',
      'content-length': '42',
      'content-disposition': `inline; filename="Laporan Inovasi.pdf"; filename*=UTF-8''Laporan%20Inovasi.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
      'content-security-policy': "default-src 'none'; sandbox",
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
  });
});

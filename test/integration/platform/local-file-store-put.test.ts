import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { evidenceLimits, type PutRequest } from '#functions/platform/ports/file-store.ts';
import { createLocalFileStore, type LocalFileStore } from '#infra/local/local-file-store.ts';

let dir: string;
let store: LocalFileStore;

const key = 'cities/jambi/evidence/file-1.pdf';
const pdf = Buffer.from('%PDF-1.7\nLaporan inovasi Dinas Kominfo Kota Jambi\n%%EOF\n');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const makeRequest = (overrides: Partial<PutRequest> = {}): PutRequest => ({
  key,
  contentType: 'application/pdf',
  bytes: pdf,
  ...overrides,
});

/** Every file under the store's folder, relative to it. */
const storedFiles = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('local file store: put', () => {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'siklus-put-'));
    store = createLocalFileStore({
      dir,
      clock: { now: () => new Date('2026-03-02T08:00:00.000Z') },
      secret: 'test-secret',
    });
    return () => rm(dir, { recursive: true, force: true });
  });

  it('stores bytes that describe then reports with the same SHA-256, size and content type', async () => {
    // Act
    const stored = await store.put(makeRequest());

    // Assess
    expect(stored).toEqual({ key, size: pdf.length, contentType: 'application/pdf', sha256: sha256(pdf) });
    expect(await store.describe(key)).toEqual(stored);
  });

  it('writes the file and its sidecar and leaves no temporary file behind', async () => {
    await store.put(makeRequest());
    expect(await storedFiles()).toEqual([`meta/${key}.json`, `objects/${key}`]);
    expect(await readFile(join(dir, 'objects', key))).toEqual(pdf);
  });

  it('replaces what a key held before', async () => {
    // Prepare
    await store.put(makeRequest());
    const csv = Buffer.from('opd,inovasi\ndiskominfo,Jambi Smart\n');

    // Act
    await store.put(makeRequest({ contentType: 'text/csv', bytes: csv }));

    // Assess
    expect(await store.describe(key)).toEqual({
      key,
      size: csv.length,
      contentType: 'text/csv',
      sha256: sha256(csv),
    });
  });

  it('accepts exactly the server limit', async () => {
    const bytes = new Uint8Array(evidenceLimits.maxServerBytes).fill(7);
    expect(await store.put(makeRequest({ bytes }))).toMatchObject({
      size: evidenceLimits.maxServerBytes,
      sha256: sha256(bytes),
    });
  });

  it.each([
    ['bytes above the server limit', { bytes: new Uint8Array(evidenceLimits.maxServerBytes + 1) }],
    ['no bytes', { bytes: new Uint8Array(0) }],
    ['a type that is not evidence', { contentType: 'text/html' }],
    ['a key that climbs out of the folder', { key: '../outside.pdf' }],
    ['an absolute key', { key: '/tmp/outside.pdf' }],
    ['a hidden segment', { key: 'cities/.hidden/x.pdf' }],
  ])('refuses %s and writes nothing', async (_, overrides) => {
    await expect(store.put(makeRequest(overrides))).rejects.toBeInstanceOf(InvalidInputError);
    expect(await storedFiles()).toEqual([]);
    expect(await readdir(join(dir, '..'))).not.toContain('outside.pdf');
  });
});

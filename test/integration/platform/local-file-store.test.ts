import { createHash, createHmac } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { UploadRequest, UploadTicket } from '#functions/platform/ports/file-store.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import {
  createLocalFileStore,
  type LocalFileStore,
  localUploadPathPrefix,
} from '#infra/local/local-file-store.ts';

const secret = 'test-secret';
const start = new Date('2026-03-02T08:00:00.000Z');
let now = start;
const clock = { now: () => now };

let server: Server;
let baseUrl: string;
let dir: string;
let store: LocalFileStore;

const pdf = Buffer.from('%PDF-1.7\nLaporan inovasi Dinas Kominfo Kota Jambi\n%%EOF\n');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const makeRequest = (overrides: Partial<UploadRequest> = {}): UploadRequest => ({
  fileId: 'file-1',
  key: 'cities/jambi/evidence/file-1.pdf',
  contentType: 'application/pdf',
  size: pdf.length,
  sha256: sha256(pdf),
  ...overrides,
});

/** Posts the way a browser posts to S3: the ticket's fields in order, then the file last. */
async function post(ticket: UploadTicket, file: Uint8Array, fieldOverrides: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...ticket.fields, ...fieldOverrides }))
    form.append(name, value);
  form.append('file', new Blob([file], { type: 'application/pdf' }), 'laporan.pdf');
  const response = await fetch(new URL(ticket.url, baseUrl), { method: 'POST', body: form });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { error: { code: string } }) : undefined,
  };
}

const storedFiles = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());

/** A token signed with the store's secret, as only the store itself could make one. */
function forgeToken(claims: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('local file store over HTTP', () => {
  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', baseUrl).pathname;
      if (!path.startsWith(localUploadPathPrefix)) return void response.writeHead(404).end();
      void store.handleUpload(request, response, path.slice(localUploadPathPrefix.length));
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  beforeEach(async () => {
    now = start;
    dir = await mkdtemp(join(tmpdir(), 'siklus-files-'));
    store = createLocalFileStore({ dir, clock, secret });
    return () => rm(dir, { recursive: true, force: true });
  });

  it('stores a file posted like a browser posts to S3 and describes it with its SHA-256', async () => {
    // Prepare
    const ticket = await store.createUpload(makeRequest());

    // Act
    const { status } = await post(ticket, pdf);

    // Assess
    expect(status).toBe(204);
    expect(ticket).toMatchObject({ maxBytes: pdf.length, expiresAt: '2026-03-02T08:15:00.000Z' });
    // A path of the site: the browser posts to whatever address it opened the page at.
    expect(ticket.url.startsWith(localUploadPathPrefix)).toBe(true);
    expect(await store.describe('cities/jambi/evidence/file-1.pdf')).toEqual({
      key: 'cities/jambi/evidence/file-1.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
    });
  });

  it('describes a file from its bytes, so a copy edited on disk no longer matches', async () => {
    await post(await store.createUpload(makeRequest()), pdf);
    await writeFile(join(dir, 'objects', 'cities/jambi/evidence/file-1.pdf'), 'edited by hand');
    expect((await store.describe('cities/jambi/evidence/file-1.pdf'))?.sha256).toBe(
      sha256(Buffer.from('edited by hand')),
    );
  });

  it('answers undefined for a key that holds nothing', async () => {
    expect(await store.describe('cities/jambi/evidence/none.pdf')).toBeUndefined();
  });

  it.each([
    ['bytes that do not match the SHA-256', () => Buffer.from(pdf).fill(0x20, 0, 4), {}, 400, 'bad_digest'],
    [
      'a file larger than the ticket',
      () => Buffer.concat([pdf, Buffer.from('!')]),
      {},
      400,
      'entity_too_large',
    ],
    ['a file smaller than the ticket', () => pdf.subarray(1), {}, 400, 'entity_too_small'],
    ['another content type', () => pdf, { 'Content-Type': 'image/png' }, 403, 'policy_violation'],
    ['another key', () => pdf, { key: 'cities/jambi/evidence/other.pdf' }, 403, 'policy_violation'],
  ])('refuses %s and stores nothing', async (_, bytes, fields, status, code) => {
    const ticket = await store.createUpload(makeRequest());
    expect(await post(ticket, bytes(), fields)).toEqual({
      status,
      body: { error: expect.objectContaining({ code }) },
    });
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses a post after the ticket expired', async () => {
    const ticket = await store.createUpload(makeRequest());
    now = new Date(start.getTime() + 901_000);
    expect(await post(ticket, pdf)).toMatchObject({ status: 403, body: { error: { code: 'expired' } } });
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses a token whose claims were changed by the browser', async () => {
    const ticket = await store.createUpload(makeRequest());
    const [body, mac] = ticket.url.slice(localUploadPathPrefix.length).split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
    const raised = Buffer.from(JSON.stringify({ ...claims, size: 10 * pdf.length })).toString('base64url');
    const tampered = { ...ticket, url: `${localUploadPathPrefix}${raised}.${mac}` };
    expect(await post(tampered, pdf)).toMatchObject({
      status: 403,
      body: { error: { code: 'invalid_token' } },
    });
    expect(await storedFiles()).toEqual([]);
  });

  it.each(['cities/../../outside.pdf', '/etc/evidence.pdf', 'cities//x.pdf', '.hidden/x.pdf'])(
    'refuses to issue a ticket for the key %s',
    async (key) => {
      await expect(store.createUpload(makeRequest({ key }))).rejects.toBeInstanceOf(InvalidInputError);
    },
  );

  it('refuses a signed token whose key climbs out of the folder, and writes nothing anywhere', async () => {
    const token = forgeToken({
      ...makeRequest({ key: '../outside.pdf' }),
      expiresAt: '2026-03-02T09:00:00.000Z',
    });
    const ticket = await store.createUpload(makeRequest());
    const forged = { ...ticket, url: `${localUploadPathPrefix}${token}` };
    expect(await post(forged, pdf, { key: '../outside.pdf' })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_key' } },
    });
    expect(await readdir(join(dir, '..'))).not.toContain('outside.pdf');
    expect(await storedFiles()).toEqual([]);
  });

  it('stops reading a body far larger than the ticket allows', async () => {
    const ticket = await store.createUpload(makeRequest());
    const { status, body } = await post(ticket, Buffer.alloc(pdf.length + 128 * 1024, 1));
    expect({ status, code: body?.error.code }).toEqual({ status: 400, code: 'entity_too_large' });
    expect(await storedFiles()).toEqual([]);
  });
});

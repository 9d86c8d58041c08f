import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '#infra/local/dynamodb-local.ts';
import { createHttpServer } from '#infra/local/http-server.ts';
import { localFilesPathPrefix } from '#infra/local/local-file-open.ts';
import { createLocalFileStore, type LocalFileStore } from '#infra/local/local-file-store.ts';

const start = new Date('2026-03-02T08:00:00.000Z');
let now = start;
const clock = { now: () => now };

let server: Server;
let baseUrl: string;
let dir: string;
let store: LocalFileStore;

const key = 'cities/jambi/evidence/file-1.pdf';
const pdf = Buffer.from('%PDF-1.7\nLaporan inovasi Dinas Kominfo Kota Jambi\n%%EOF\n');
const options = { filename: 'Laporan Inovasi — Kota Jambi.pdf', contentType: 'application/pdf' };

const open = async (url: string) => {
  const response = await fetch(new URL(url, baseUrl));
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
};
const errorCodeOf = (bytes: Buffer) =>
  (JSON.parse(bytes.toString('utf8')) as { error: { code: string } }).error.code;

describe('file links of the local HTTP server', () => {
  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // No route function is called: file links are the server's own, like the upload endpoint.
    server = createHttpServer({}, clock, {
      handleOpen: (response, token) => store.handleOpen(response, token),
    } as LocalFileStore);
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
  });

  afterAll(async () => {
    server.close();
    server.closeAllConnections();
    await once(server, 'close');
  });

  beforeEach(async () => {
    now = start;
    dir = await mkdtemp(join(tmpdir(), 'siklus-open-'));
    store = createLocalFileStore({ dir, clock, secret: 'test-secret' });
    await store.put({ key, contentType: 'application/pdf', bytes: pdf });
    return () => rm(dir, { recursive: true, force: true });
  });

  it('serves the stored bytes inline, with the name and type of the link and a policy that runs nothing', async () => {
    // Act
    const { status, headers, bytes } = await open(await store.openUrl(key, options));

    // Assess
    expect(status).toBe(200);
    expect(bytes.equals(pdf)).toBe(true);
    expect(Object.fromEntries(headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition':
        `inline; filename="Laporan Inovasi _ Kota Jambi.pdf"; ` +
        `filename*=UTF-8''Laporan%20Inovasi%20%E2%80%94%20Kota%20Jambi.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
      'content-security-policy': "default-src 'none'; sandbox",
    });
  });

  it('opens until the link expires, 5 minutes after it was made, and refuses it with 403 after', async () => {
    const url = await store.openUrl(key, options);
    now = new Date(start.getTime() + 300_000);
    expect((await open(url)).status).toBe(200);
    now = new Date(start.getTime() + 300_001);
    const { status, headers, bytes } = await open(url);
    expect({ status, code: errorCodeOf(bytes) }).toEqual({ status: 403, code: 'expired' });
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('refuses with 403 a link whose claims were changed to name another file', async () => {
    await store.put({ key: 'cities/jambi/evidence/other.pdf', contentType: 'application/pdf', bytes: pdf });
    const token = (await store.openUrl(key, options)).slice(localFilesPathPrefix.length);
    const [body, mac] = token.split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8'));
    const changed = Buffer.from(JSON.stringify({ ...claims, key: 'cities/jambi/evidence/other.pdf' }));
    const { status, bytes } = await open(`${localFilesPathPrefix}${changed.toString('base64url')}.${mac}`);
    expect({ status, code: errorCodeOf(bytes) }).toEqual({ status: 403, code: 'invalid_link' });
  });

  it('refuses with 403 an upload ticket’s token used as a file link', async () => {
    const ticket = await store.createUpload({
      fileId: 'file-1',
      key,
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: 'a'.repeat(64),
    });
    const token = ticket.url.split('/').at(-1);
    expect((await open(`${localFilesPathPrefix}${token}`)).status).toBe(403);
  });

  it.each(['', 'garbage', 'a.b.c'])('refuses with 403 the token %j', async (token) => {
    expect((await open(`${localFilesPathPrefix}${token}`)).status).toBe(403);
  });

  it('answers 404 for a link to a key that holds no file', async () => {
    const { status, bytes } = await open(await store.openUrl('cities/jambi/evidence/none.pdf', options));
    expect({ status, code: errorCodeOf(bytes) }).toEqual({ status: 404, code: 'not_found' });
  });

  it('answers 404 once the file was deleted, and for bytes stored without their record', async () => {
    const url = await store.openUrl(key, options);
    await store.delete(key);
    expect((await open(url)).status).toBe(404);
    // A file the store never finished storing (its sidecar is written last) was never stored.
    await writeFile(join(dir, 'objects', key), pdf);
    expect((await open(url)).status).toBe(404);
  });

  it('serves file links to GET only', async () => {
    const url = new URL(await store.openUrl(key, options), baseUrl);
    const response = await fetch(url, { method: 'POST', body: 'x' });
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});

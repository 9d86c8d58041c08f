import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Clock } from '#functions/ports/clock.ts';
import { checkUploadRequest, type FileStore, hexToBase64, isValidKey } from '#functions/ports/file-store.ts';
import { readUploadForm, UploadRefusedError } from './local-upload-form.ts';

/** The path prefix the local HTTP server routes to {@link LocalFileStore.handleUpload}; the token follows it. */
export const localUploadPathPrefix = '/local-uploads/';

export interface LocalFileStoreOptions {
  /** The folder that holds the files; the embedded runtime passes `.siklus/files`. */
  dir: string;
  /** Where the local HTTP server listens, e.g. `http://localhost:3000`. */
  baseUrl: string;
  clock: Clock;
  /** Signs the upload tokens; any value the process keeps to itself. */
  secret: string;
  expiresInSeconds?: number;
}

/** The file store of the embedded runtime: S3's contract on a folder, with the POST endpoint S3 would offer. */
export interface LocalFileStore extends FileStore {
  /**
   * Serves `POST {@link localUploadPathPrefix}<token>`: the multipart/form-data post a browser sends
   * to S3 (the ticket's fields, then a `file` part). Answers 204 once the file is stored, or 400/403
   * with `{ error: { code, message } }` and stores nothing. Never rejects.
   */
  handleUpload(request: IncomingMessage, response: ServerResponse, token: string): Promise<void>;
}

/** What a token admits; signed, so the browser cannot change it. */
export interface UploadClaims {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
  expiresAt: string;
}

interface Sidecar {
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Files live under `dir/objects/<key>`, each with a JSON sidecar under `dir/meta/<key>.json` that is
 * written (atomically, after the file) only once the bytes are verified: a file without its sidecar
 * was never stored. `describe` re-hashes the file rather than trusting the sidecar, because anyone can
 * edit `.siklus/files` by hand and a checksum that does not match the bytes would be worse than none.
 */
export function createLocalFileStore(options: LocalFileStoreOptions): LocalFileStore {
  const { dir, baseUrl, clock, secret, expiresInSeconds = 900 } = options;
  const root = resolve(dir);
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');

  const readToken = (token: string): UploadClaims | undefined => {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(sign(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as UploadClaims;
  };

  return {
    async createUpload(request) {
      checkUploadRequest(request);
      const { key, contentType, size, sha256 } = request;
      const expiresAt = new Date(clock.now().getTime() + expiresInSeconds * 1000).toISOString();
      const claims: UploadClaims = { key, contentType, size, sha256, expiresAt };
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return {
        fileId: request.fileId,
        url: `${baseUrl.replace(/\/$/, '')}${localUploadPathPrefix}${body}.${sign(body)}`,
        // The fields S3 would want, so the browser posts the same form to either store.
        fields: {
          key,
          'Content-Type': contentType,
          'x-amz-checksum-algorithm': 'SHA256',
          'x-amz-checksum-sha256': hexToBase64(sha256),
        },
        expiresAt,
        maxBytes: size,
      };
    },

    async describe(key) {
      if (!isValidKey(key)) return undefined;
      const sidecar = await readSidecar(inside(root, 'meta', `${key}.json`));
      if (!sidecar) return undefined;
      const file = inside(root, 'objects', key);
      const found = await stat(file).catch(ifMissing(undefined));
      if (!found) return undefined;
      const hash = createHash('sha256');
      await pipeline(createReadStream(file), hash);
      return { key, size: found.size, contentType: sidecar.contentType, sha256: hash.digest('hex') };
    },

    async handleUpload(request, response, token) {
      try {
        const claims = readToken(token);
        if (!claims) throw new UploadRefusedError(403, 'invalid_token', 'The upload link is not valid');
        if (clock.now().getTime() > Date.parse(claims.expiresAt)) {
          throw new UploadRefusedError(403, 'expired', 'The upload link has expired; ask for a new one');
        }
        if (!isValidKey(claims.key)) throw new UploadRefusedError(400, 'invalid_key', 'Invalid file key');
        const bytes = await readUploadForm(request, claims);
        const sidecar: Sidecar = {
          contentType: claims.contentType,
          size: bytes.length,
          sha256: claims.sha256,
        };
        await writeAtomically(root, inside(root, 'objects', claims.key), bytes);
        await writeAtomically(root, inside(root, 'meta', `${claims.key}.json`), JSON.stringify(sidecar));
        response.writeHead(204).end();
      } catch (error) {
        if (!(error instanceof UploadRefusedError)) console.error('Local upload failed', error);
        const refusal =
          error instanceof UploadRefusedError
            ? error
            : new UploadRefusedError(500, 'internal_error', 'The file could not be stored');
        // The rest of an unread body is not worth receiving: close instead of draining it.
        const headers = { 'content-type': 'application/json; charset=utf-8', connection: 'close' };
        response.writeHead(refusal.status, headers);
        response.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
      }
    },
  };
}

/** `root/<area>/<key>`, refusing any key that would resolve outside `root/<area>` (keys are checked before; this is the backstop). */
function inside(root: string, area: string, key: string): string {
  const base = join(root, area);
  const path = resolve(base, ...key.split('/'));
  if (!path.startsWith(base + sep)) throw new UploadRefusedError(400, 'invalid_key', 'Invalid file key');
  return path;
}

async function writeAtomically(root: string, target: string, data: Buffer | string): Promise<void> {
  const temp = join(root, 'tmp', randomUUID());
  await mkdir(dirname(temp), { recursive: true });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(temp, data);
  await rename(temp, target);
}

async function readSidecar(path: string): Promise<Sidecar | undefined> {
  const text = await readFile(path, 'utf8').catch(ifMissing(undefined));
  return text === undefined ? undefined : (JSON.parse(text) as Sidecar);
}

/** A catch handler that turns "no such file" into `value` and rethrows anything else. */
const ifMissing =
  <T>(value: T) =>
  (error: unknown): T => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return value;
    throw error;
  };

import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
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
import {
  type FileClaims,
  fileTokens,
  localFilesPathPrefix,
  sendFile,
  sendOpenRefusal,
} from './local-file-open.ts';
import {
  readUploadForm,
  sendRefusal,
  type UploadClaims,
  UploadRefusedError,
  uploadTokens,
} from './local-upload-form.ts';
import { TokenRefusedError } from './signed-tokens.ts';

/** The path prefix the local HTTP server routes to {@link LocalFileStore.handleUpload}; the token follows it. */
export const localUploadPathPrefix = '/local-uploads/';

export interface LocalFileStoreOptions {
  /** The folder that holds the files; the embedded runtime passes `.siklus/files`. */
  dir: string;
  clock: Clock;
  /** Signs the upload tokens and file links; any value the process keeps to itself. */
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
  /**
   * Serves `GET {@link localFilesPathPrefix}<token>`, a URL of {@link FileStore.openUrl}: 200 with
   * the bytes as the link names them, 403 for a token this store did not sign or that expired, 404
   * when the key holds no file. Rejects only when the file cannot be read once found.
   */
  handleOpen(response: ServerResponse, token: string): Promise<void>;
}

type Sidecar = Pick<StoredFile, 'contentType' | 'size' | 'sha256'>;

/**
 * Files live under `dir/objects/<key>`, each with a JSON sidecar under `dir/meta/<key>.json` that is
 * written (atomically, after the file) only once the bytes are verified: a file without its sidecar
 * was never stored. A post with a ticket and a `put` store through the same path. `describe`
 * re-hashes the file rather than trusting the sidecar, because anyone can edit `.siklus/files` by
 * hand and a checksum that does not match the bytes would be worse than none.
 */
export function createLocalFileStore(options: LocalFileStoreOptions): LocalFileStore {
  const { dir, clock, secret, expiresInSeconds = 900 } = options;
  const root = resolve(dir);
  const tokens = uploadTokens(secret);
  const links = fileTokens(secret);

  return {
    // Tickets name a path: the browser posts to the address it opened the page at (localhost,
    // 127.0.0.1 or the machine's address on the network).
    uploadOrigin: undefined,
    async createUpload(request) {
      checkUploadRequest(request);
      const { key, contentType, size, sha256 } = request;
      const expiresAt = new Date(clock.now().getTime() + expiresInSeconds * 1000).toISOString();
      const claims: UploadClaims = { key, contentType, size, sha256, expiresAt };
      return {
        fileId: request.fileId,
        url: `${localUploadPathPrefix}${tokens.issue(claims)}`,
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

    async put(request) {
      checkPutRequest(request);
      const { key, contentType, bytes } = request;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await save(root, key, bytes, { contentType, size: bytes.byteLength, sha256 });
      return { key, size: bytes.byteLength, contentType, sha256 };
    },

    async delete(key) {
      if (!isValidKey(key)) return;
      await rm(inside(root, 'objects', key), { force: true });
      await rm(inside(root, 'meta', `${key}.json`), { force: true });
    },

    async openUrl(key, { filename, contentType }) {
      checkOpenRequest(key, { filename, contentType });
      const expiresAt = new Date(clock.now().getTime() + evidenceLimits.openSeconds * 1000).toISOString();
      const claims: FileClaims = { key, filename, contentType, expiresAt };
      // A path, like upload tickets: it opens on whatever address the page was opened at.
      return `${localFilesPathPrefix}${links.issue(claims)}`;
    },

    async handleOpen(response, token) {
      let claims: FileClaims;
      try {
        claims = links.read(token, clock.now());
      } catch (error) {
        if (!(error instanceof TokenRefusedError)) throw error;
        return sendOpenRefusal(response, error.reason);
      }
      // Only a link this store signed gets here, its key checked when issued; this is the backstop.
      if (!isValidKey(claims.key)) return sendOpenRefusal(response, 'invalid');
      const sidecar = await readSidecar(inside(root, 'meta', `${claims.key}.json`));
      const file = inside(root, 'objects', claims.key);
      const found = sidecar && (await stat(file).catch(ifMissing(undefined)));
      if (!found?.isFile()) return sendOpenRefusal(response, 'missing');
      await sendFile(response, file, found.size, claims);
    },

    async handleUpload(request, response, token) {
      try {
        const claims = tokens.read(token, clock.now());
        if (!isValidKey(claims.key)) throw new UploadRefusedError(400, 'invalid_key', 'Invalid file key');
        const bytes = await readUploadForm(request, claims);
        const { contentType, sha256 } = claims;
        await save(root, claims.key, bytes, { contentType, size: bytes.length, sha256 });
        response.writeHead(204).end();
      } catch (error) {
        sendRefusal(response, error);
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

/** Stores the bytes, then their sidecar, each atomically; the key was checked by the caller. */
async function save(root: string, key: string, bytes: Uint8Array, sidecar: Sidecar): Promise<void> {
  const file = inside(root, 'objects', key);
  const meta = inside(root, 'meta', `${key}.json`);
  await writeAtomically(root, file, bytes);
  await writeAtomically(root, meta, JSON.stringify(sidecar));
}

async function writeAtomically(root: string, target: string, data: Uint8Array | string): Promise<void> {
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

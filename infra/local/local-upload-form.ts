import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { hexToBase64 } from '#functions/platform/ports/file-store.ts';
import { signedTokens, TokenRefusedError } from './signed-tokens.ts';

/** What a token admits; signed, so the browser cannot change it. */
export interface UploadClaims {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
  expiresAt: string;
}

/** Room for the form's fields and part headers around the file itself. */
const formOverheadBytes = 64 * 1024;

/** Why the local store refused an upload; `status` and `code` go to the browser as they are. */
export class UploadRefusedError extends Error {
  override readonly name = 'UploadRefusedError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Issues and reads upload tokens ({@link signedTokens}) under `secret` itself; other kinds of token
 * sign with keys derived from it, so none of them is ever read as an upload token.
 */
export function uploadTokens(secret: string) {
  const tokens = signedTokens<UploadClaims>(secret);
  return {
    issue: (claims: UploadClaims): string => tokens.issue(claims),
    /** The claims of a token this secret signed, unexpired at `now`, or an {@link UploadRefusedError}. */
    read(token: string, now: Date): UploadClaims {
      try {
        return tokens.read(token, now);
      } catch (error) {
        if (!(error instanceof TokenRefusedError)) throw error;
        throw error.reason === 'expired'
          ? new UploadRefusedError(403, 'expired', 'The upload link has expired; ask for a new one')
          : new UploadRefusedError(403, 'invalid_token', 'The upload link is not valid');
      }
    },
  };
}

/** Answers a failed upload with `{ error: { code, message } }`: a refusal as it is, anything else as a 500. */
export function sendRefusal(response: ServerResponse, error: unknown): void {
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

/**
 * Reads the multipart/form-data POST that S3 would accept for `claims` and returns the file's bytes,
 * or throws {@link UploadRefusedError}. The checks follow S3's: a field that differs from the signed
 * policy is refused with 403, a file of the wrong size or digest with 400 (S3's EntityTooLarge,
 * EntityTooSmall and BadDigest).
 */
export async function readUploadForm(request: IncomingMessage, claims: UploadClaims): Promise<Buffer> {
  if (request.method !== 'POST') throw new UploadRefusedError(405, 'method_not_allowed', 'Upload with POST');
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data;/i.test(contentType)) {
    throw new UploadRefusedError(400, 'malformed_form', 'Expected a multipart/form-data body');
  }
  const limit = claims.size + formOverheadBytes;
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(claims.size);

  const form = await parseForm(request, contentType, limit, claims.size);
  checkPolicy(form, claims);
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new UploadRefusedError(400, 'missing_file', 'The form has no file part');
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length > claims.size) throw tooLarge(claims.size);
  if (bytes.length < claims.size) {
    throw new UploadRefusedError(400, 'entity_too_small', `The file must be exactly ${claims.size} bytes`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== claims.sha256) {
    throw new UploadRefusedError(400, 'bad_digest', 'The file does not match its SHA-256 checksum');
  }
  return bytes;
}

async function parseForm(request: IncomingMessage, contentType: string, limit: number, size: number) {
  let seen = 0;
  let overLimit = false;
  // Counts while streaming, so a body without (or lying about) Content-Length still stops at the limit.
  const body = (Readable.toWeb(request) as ReadableStream<Uint8Array>).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen <= limit) return controller.enqueue(chunk);
        overLimit = true;
        controller.error(tooLarge(size));
      },
    }),
  );
  try {
    return await new Request('http://local-upload/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      duplex: 'half',
    } as RequestInit).formData();
  } catch (error) {
    if (overLimit) throw tooLarge(size);
    throw new UploadRefusedError(
      400,
      'malformed_form',
      `The form could not be read: ${(error as Error).message}`,
    );
  }
}

/** The fields S3 would compare with the policy; the signed token is the policy here. */
function checkPolicy(form: FormData, claims: UploadClaims): void {
  const expected: Record<string, string> = {
    key: claims.key,
    'Content-Type': claims.contentType,
    'x-amz-checksum-algorithm': 'SHA256',
    'x-amz-checksum-sha256': hexToBase64(claims.sha256),
  };
  for (const [name, value] of Object.entries(expected)) {
    if (form.get(name) !== value) {
      throw new UploadRefusedError(
        403,
        'policy_violation',
        `The form field ${name} does not match the upload link`,
      );
    }
  }
}

const tooLarge = (size: number) =>
  new UploadRefusedError(400, 'entity_too_large', `The file must be exactly ${size} bytes`);

import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { HttpError } from '#functions/platform/http/errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { evidenceLimits } from '#functions/platform/ports/file-store.ts';
import {
  BadPostError,
  BodyTooLargeError,
  formBody,
  maxFormBodyBytes,
  type WebRequest,
} from '#functions/platform/web/request.ts';
import { writableScope } from '#functions/submissions/access.ts';
import { evidenceKey, storeEvidence } from '#functions/submissions/evidence.ts';

/** Names of file inputs end with this; the page's script removes the name once it has uploaded. */
const fileSuffix = '.file';

/**
 * The largest multipart form post: one evidence file as large as the server stores, and the
 * form around it. API Gateway hands a binary body base64-encoded; the cap is on the bytes.
 */
export const maxMultipartBytes = evidenceLimits.maxServerBytes + maxFormBodyBytes;

/** A form post as it arrived: its fields, and the files it carries, not yet stored anywhere. */
export interface FormPost {
  fields: URLSearchParams;
  files: { path: string; file: File }[];
}

/**
 * Reads a form post, form-encoded or multipart, without storing anything: the caller checks
 * CSRF, session and ownership first, then stores the files with {@link storePostedFiles}.
 * An oversize body is {@link BodyTooLargeError} (413), a truncated or malformed one {@link BadPostError} (400).
 */
export async function readFormPost(request: WebRequest): Promise<FormPost> {
  const type = request.event.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { fields: formBody(request.event), files: [] };
  const bytes = Buffer.from(request.event.body ?? '', request.event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > maxMultipartBytes) throw new BodyTooLargeError(maxMultipartBytes);
  let data: FormData;
  try {
    data = await new Request('http://siklus.local/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: bytes,
    }).formData();
  } catch {
    throw new BadPostError('The multipart body could not be read');
  }
  const post: FormPost = { fields: new URLSearchParams(), files: [] };
  for (const [name, value] of data) {
    if (typeof value === 'string') post.fields.append(name, value);
    else if (name.endsWith(fileSuffix) && value.size > 0)
      post.files.push({ path: name.slice(0, -fileSuffix.length), file: value });
  }
  return post;
}

/**
 * Stores the files of an accepted post (a browser without JavaScript) for the caller's OPD and
 * puts their references in the fields, exactly as the page's script would have filled them in.
 * Answers the keys it stored, so that a post refused later can delete them.
 */
export async function storePostedFiles(
  request: WebRequest,
  identity: Identity,
  post: FormPost,
): Promise<string[]> {
  const stored: string[] = [];
  try {
    for (const { path, file } of post.files) {
      const ref = await storeEvidence(request.deps, identity, {
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      stored.push(evidenceKey(writableScope(identity), ref.fileId));
      for (const [part, text] of Object.entries(ref)) post.fields.set(`${path}.${part}`, String(text));
    }
  } catch (error) {
    await deleteStored(request, stored);
    throw refusedFile(error, post.files[stored.length]?.path);
  }
  return stored;
}

/** A file the store refused, as a field error of its field, so the form is shown again around it. */
function refusedFile(error: unknown, path: string | undefined): unknown {
  if (!(error instanceof DomainError) || error.kind !== 'invalid' || path === undefined) return error;
  return new DomainError('invalid', 'invalid_file', error.messages, [
    { path: `answers.${path}`, code: 'invalid_file', message: error.messages },
  ]);
}

/** Deletes what a refused post stored; a failure to delete is no reason to hide the refusal. */
export async function deleteStored(request: WebRequest, keys: readonly string[]): Promise<void> {
  await Promise.allSettled(keys.map((key) => request.deps.files.delete(key)));
}

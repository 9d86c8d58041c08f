import type { HttpEvent } from '#functions/platform/http/http.ts';
import { evidenceLimits } from '#functions/platform/ports/file-store.ts';
import { BadPostError, BodyTooLargeError, formBody, maxFormBodyBytes } from './request.ts';

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
 * Reads a form post, form-encoded or multipart, without storing anything: the page guard reads
 * it to check CSRF before the page runs; a page stores its files only after its own checks.
 * An oversize body is {@link BodyTooLargeError} (413), a truncated or malformed one {@link BadPostError} (400).
 */
export async function readPost(event: HttpEvent): Promise<FormPost> {
  const type = event.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { fields: formBody(event), files: [] };
  const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
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

import { httpErrors } from './errors.ts';
import type { HttpEvent } from './http.ts';

/** Largest JSON body the API reads; a form submission is far below it. */
export const maxJsonBodyBytes = 256 * 1024;

/** The body as JSON: 413 when too large, 400 `malformed_json` when it does not parse. */
export function readJsonBody(event: HttpEvent, maxBytes = maxJsonBodyBytes): unknown {
  const raw =
    event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64') : event.body;
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size > maxBytes) throw httpErrors.payloadTooLarge(maxBytes);
  try {
    return JSON.parse(raw.toString());
  } catch {
    throw httpErrors.malformedJson();
  }
}

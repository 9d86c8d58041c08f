import type { Identity } from '#functions/auth/identity.ts';
import { storeEvidence } from '#functions/submissions/evidence.ts';
import type { WebDeps } from './deps.ts';
import { formBody, type WebRequest } from './request.ts';

/** Names of file inputs end with this; the page's script removes the name once it has uploaded. */
const fileSuffix = '.file';

/**
 * The fields of a form post, form-encoded or multipart. A file posted with the form (a browser
 * without JavaScript) is stored here, and its reference takes the place of the file in the
 * fields, exactly as the page's script would have filled it in.
 */
export async function readFormPost(request: WebRequest, identity: Identity): Promise<URLSearchParams> {
  const type = request.event.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return formBody(request.event);
  const bytes = Buffer.from(request.event.body ?? '', request.event.isBase64Encoded ? 'base64' : 'utf8');
  const data = await new Request('http://siklus.local/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: bytes,
  }).formData();
  const fields = new URLSearchParams();
  for (const [name, value] of data) {
    if (typeof value === 'string') fields.append(name, value);
  }
  for (const [name, value] of data) {
    if (typeof value === 'string' || !name.endsWith(fileSuffix) || value.size === 0) continue;
    const path = name.slice(0, -fileSuffix.length);
    const ref = await storeEvidence(request.deps as WebDeps, identity, {
      name: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: new Uint8Array(await value.arrayBuffer()),
    });
    for (const [part, text] of Object.entries(ref)) fields.set(`${path}.${part}`, String(text));
  }
  return fields;
}

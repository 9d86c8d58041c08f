import type { HttpResult } from '#functions/api/http.ts';
import { json } from '#functions/api/http.ts';
import { parseRequest, readJsonBody } from '#functions/api/request.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import { uploadBody } from '#functions/submissions/schemas.ts';
import { checkCsrf, requireSession, type WebRequest } from '../request.ts';

/** `POST /uploads`: an upload ticket for the page's script; the session's CSRF token goes in a header. */
export async function pageUpload(request: WebRequest): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  checkCsrf(csrf, request.event.headers['x-csrf-token']);
  const body = parseRequest(uploadBody, readJsonBody(request.event));
  return json(201, { upload: await createUpload(request.deps, identity, body) });
}

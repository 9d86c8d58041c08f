import { HttpError } from '#functions/api/errors.ts';
import type { HttpResult } from '#functions/api/http.ts';
import { json, jsonError } from '#functions/api/http.ts';
import { parseRequest, readJsonBody } from '#functions/api/request.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import { uploadBody } from '#functions/submissions/schemas.ts';
import { CsrfError, checkCsrf, requireSession, SignInRequiredError, type WebRequest } from '../request.ts';
import { texts } from '../texts.ts';

/**
 * `POST /uploads`: an upload ticket for the page's script; the session's CSRF token goes in a
 * header. Its caller is a script, so every answer is JSON, refusals included, each with the
 * message the page shows (a wrong file type, an expired form, a session that ended).
 */
export async function pageUpload(request: WebRequest): Promise<HttpResult> {
  try {
    const { identity, csrf } = requireSession(request);
    checkCsrf(csrf, request.event.headers['x-csrf-token']);
    const body = parseRequest(uploadBody, readJsonBody(request.event));
    return json(201, { upload: await createUpload(request.deps, identity, body) });
  } catch (error) {
    if (error instanceof SignInRequiredError)
      return jsonError(new HttpError(401, 'sign_in_required', texts.signInBody));
    if (error instanceof CsrfError) return jsonError(new HttpError(403, 'csrf', texts.csrfBody));
    return jsonError(error);
  }
}

import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { HttpError } from '#functions/platform/http/errors.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { json, jsonError } from '#functions/platform/http/http.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import {
  CsrfError,
  checkCsrf,
  requireSession,
  SignInRequiredError,
  type WebRequest,
} from '#functions/platform/web/request.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import { uploadBody } from '#functions/submissions/schemas.ts';

/**
 * `POST /uploads`: an upload ticket for the page's script; the session's CSRF token goes in a
 * header. Its caller is a script, so every answer is JSON, refusals included, each with the
 * message the page shows (a wrong file type, an expired form, a session that ended).
 */
export async function pageUpload(request: WebRequest): Promise<HttpResult> {
  try {
    const { identity, csrf } = requireSession(request);
    checkCsrf(csrf, request.event.headers['x-csrf-token']);
    const body = parseInput(uploadBody, readJsonBody(request.event));
    return json(201, { upload: await createUpload(request.deps, identity, body) });
  } catch (error) {
    if (error instanceof SignInRequiredError)
      return jsonError(new HttpError(401, 'sign_in_required', texts.signInBody));
    if (error instanceof CsrfError) return jsonError(new HttpError(403, 'csrf', texts.csrfBody));
    return jsonError(error);
  }
}

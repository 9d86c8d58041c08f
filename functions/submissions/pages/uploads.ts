import type { HttpResult } from '#functions/platform/http/http.ts';
import { json } from '#functions/platform/http/http.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';
import { uploadBody } from '#functions/submissions/schemas.ts';

/**
 * `POST /uploads`: an upload ticket for the page's script; the session's CSRF token goes in a
 * header. Its caller is a script, so every answer is JSON, refusals included, each with the
 * message the page shows (a wrong file type, an expired form, a session that ended).
 */
export async function pageUpload(request: SubmissionRequest): Promise<HttpResult> {
  // The session and its CSRF header are checked by the guard; refusals answer JSON (the route says so).
  const { identity } = requireSession(request);
  const body = parseInput(uploadBody, readJsonBody(request.event));
  return json(201, { upload: await createUpload(request.deps, identity, body) });
}

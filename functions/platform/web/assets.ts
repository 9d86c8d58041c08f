import type { HttpResult } from '#functions/platform/http/http.ts';
import { browserScripts } from './browser-scripts.ts';
import { messagePage } from './message.ts';
import type { WebRequest } from './request.ts';
import { texts } from './texts.ts';

const byFile = new Map<string, string>(
  Object.values(browserScripts).map((script) => [script.file, script.body]),
);

/** The path a page loads a script from: its content hash is in the name, so it is cached for good. */
export const scriptPath = (name: keyof typeof browserScripts) => `/assets/${browserScripts[name].file}`;

/** `GET /assets/{file}`: a page script, by its content-hashed name; any other name is not found. */
export async function asset(request: WebRequest): Promise<HttpResult> {
  const body = byFile.get(request.params.file ?? '');
  if (body === undefined) return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}

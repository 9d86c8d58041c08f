import { answer } from '#functions/app/api/respond.ts';
import { httpHandler } from '#functions/platform/http/http.ts';
import { openApiDocument } from './openapi.ts';

/**
 * `GET /openapi.json`, in a function of its own: generating JSON Schema from zod takes code that
 * the `api` function, on every request path, need not load.
 */
export function createOpenApiHandler() {
  return httpHandler(async () =>
    answer('openApi', 200, openApiDocument(), { 'cache-control': 'public, max-age=300' }),
  );
}

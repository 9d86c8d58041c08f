import type { Context } from 'aws-lambda';
import { routes } from '#functions/app/routes.ts';
import { instrumentFileOperations } from '#functions/assessment/api/instrument-file-operations.ts';
import type { InstrumentApiDeps } from '#functions/assessment/api/instrument-operations.ts';
import { instrumentFilePages } from '#functions/assessment/pages/instrument-file-pages.ts';
import type { InstrumentPageDeps } from '#functions/assessment/pages/instruments-page.ts';
import type { HttpEvent } from '#functions/platform/http/http.ts';
import { type RegisterFileDeps, registerFilePages } from '#functions/risks/pages/register-file-page.ts';
import { createJsonRouter, type JsonRouterDeps } from '../api/json-router.ts';
import { createPageRouter } from '../web/page-router.ts';

/** The pages of this function upload nothing: their content security policy allows no file store. */
export const noUploads = { files: { uploadOrigin: undefined } } as const;

/** The name of the function, as its routes name it. */
export const instrumentFilesFunction = 'instrument-files';

/** What the function's routes need: the operations' deps with the token verifier, and the pages'. */
export interface InstrumentFilesDeps {
  api: InstrumentApiDeps & JsonRouterDeps;
  pages: InstrumentPageDeps & RegisterFileDeps;
}

/**
 * The `instrument-files` function: the routes that read or write a spreadsheet, on the API and
 * the pages: the instruments' upload and download, and the risk registers' export. They have a function of their own because the XLSX library is
 * larger than the rest of the API put together: the `api` and `web` functions never load it.
 */
export function createInstrumentFilesHandler(deps: InstrumentFilesDeps) {
  const json = createJsonRouter(deps.api, instrumentFilesFunction, instrumentFileOperations);
  const pages = createPageRouter(deps.pages, instrumentFilesFunction, {
    ...instrumentFilePages,
    ...registerFilePages,
  });
  const jsonRoutes = new Set(
    routes
      .filter((r) => r.function === instrumentFilesFunction && r.access !== 'session')
      .map((r) => `${r.method} ${r.path}`),
  );
  return (event: HttpEvent, context: Context) =>
    jsonRoutes.has(event.routeKey) ? json(event, context) : pages(event, context);
}

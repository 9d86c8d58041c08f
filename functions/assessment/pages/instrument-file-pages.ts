import { instrumentRequests } from '#functions/assessment/api/instrument-requests.ts';
import { exportCityInstrument, publishCityInstrument } from '#functions/assessment/instrument-file-scope.ts';
import { formatOfFileName } from '#functions/assessment/instrument-files/file-format.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';
import { statusOfKind } from '#functions/platform/http/error-mapper.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { attachment, redirect } from '#functions/platform/web/responses.ts';
import { instrumentTexts as t } from './instrument-texts.ts';
import {
  type InstrumentPageDeps,
  type InstrumentRequest,
  instrumentsPath as path,
  renderPage,
} from './instruments-page.ts';

/*
 * The instrument pages that read or write a spreadsheet, served by a function of their own (they
 * load the XLSX library): the upload and the download.
 */

/**
 * `POST /admin/instrumen`: a spreadsheet uploaded (admins; the CSRF token checked by the route).
 * A valid file is published and audited, then the page again with a notice; a refused one shows
 * every problem by sheet, line and column, and stores nothing.
 */
export async function importInstrumentPage(request: InstrumentRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const upload = request.post?.files.find((f) => f.path === 'instrument');
  if (!upload) return renderPage(request, 400, { message: t.noFile });
  const format = formatOfFileName(upload.file.name);
  if (!format) return renderPage(request, 400, { message: t.badExtension });
  const bytes = new Uint8Array(await upload.file.arrayBuffer());
  try {
    const outcome = await publishCityInstrument(request.deps, identity, bytes, format);
    if (!outcome.ok) return renderPage(request, 400, { problems: outcome.problems });
    const { id, version } = outcome.instrument;
    return redirect(`${path}?instrumen=${encodeURIComponent(id)}&versi=${version}&hasil=${outcome.put}`);
  } catch (error) {
    // A version taken with other content, or one too large to store: said on the page.
    if (error instanceof DomainError && error.kind !== 'forbidden')
      return renderPage(request, statusOfKind[error.kind], { message: error.messages });
    throw error;
  }
}

/** `GET /admin/instrumen/{instrumentId}/{version}/unduh?format=xlsx|csv`: one stored version as a file. */
export async function downloadInstrumentPage(request: InstrumentRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const id = instrumentRequests.pathParameters.instrumentId.safeParse(request.params.instrumentId);
  const version = instrumentRequests.pathParameters.version.safeParse(request.params.version);
  if (!id.success || !version.success) throw refusals.notFound();
  const format = request.query.get('format') === 'csv' ? 'csv' : 'xlsx';
  const file = await exportCityInstrument(
    request.deps.instruments,
    identity,
    id.data,
    Number(version.data),
    format,
  );
  return attachment(file.fileName, file.contentType, file.bytes);
}

/** The spreadsheet pages, by the operation their routes name. */
export const instrumentFilePages: Record<string, PageHandler<InstrumentPageDeps>> = {
  importInstrumentPage,
  downloadInstrument: downloadInstrumentPage,
};

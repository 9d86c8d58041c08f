import { instrumentRequests } from '#functions/assessment/api/instrument-requests.ts';
import { canPublishInstruments } from '#functions/assessment/instrument-access.ts';
import { type FileProblem, formatLocation } from '#functions/assessment/instrument-files/problems.ts';
import { listCityInstruments } from '#functions/assessment/instrument-scope.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { layout } from '#functions/platform/web/layout.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { instrumentTexts as t } from './instrument-texts.ts';

/** What the instruments page needs: the city's instruments (an import's audit takes the clock and ids). */
export interface InstrumentPageDeps extends PageDeps {
  instruments: InstrumentStore;
}

export type InstrumentRequest = WebRequest<InstrumentPageDeps>;

export const instrumentsPath = '/admin/instrumen';
const path = instrumentsPath;

/** Why an upload was refused: the file's problems, or one message of the whole upload. */
export type Refused = { problems: readonly FileProblem[] } | { message: Bilingual };

/** The notice after an upload, from the redirect's query. */
function noticeOf(request: InstrumentRequest): Html | undefined {
  const { lang, query } = request;
  const id = instrumentRequests.pathParameters.instrumentId.safeParse(query.get('instrumen'));
  const version = instrumentRequests.pathParameters.version.safeParse(query.get('versi'));
  const outcome = query.get('hasil');
  if (!id.success || !version.success || (outcome !== 'stored' && outcome !== 'unchanged')) return undefined;
  const what = `${id.data} ${t.version[lang].toLowerCase()} ${version.data}`;
  return outcome === 'stored'
    ? html`<p class="notice notice--success" role="status">${t.stored[lang]}: ${what}.</p>`
    : html`<p class="notice" role="status">${t.unchanged[lang]}: ${what}.</p>`;
}

function refusedOf(lang: 'id' | 'en', refused: Refused): Html {
  if ('message' in refused)
    return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1"><h2>${t.refusedTitle[lang]}</h2><p>${refused.message[lang]}</p></div>`;
  const rows = refused.problems.map(
    (problem) =>
      html`<li><strong>${formatLocation(problem, lang) || t.wholeFile[lang]}</strong>: ${problem.message[lang]}</li>`,
  );
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1"><h2>${t.refusedTitle[lang]}</h2><p>${t.refused[lang]}</p>
<ul>${rows}</ul></div>`;
}

/** The instruments page, with what an upload was refused for. */
export async function renderPage(
  request: InstrumentRequest,
  status = 200,
  refused?: Refused,
): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  const { lang } = request;
  const versions = await listCityInstruments(request.deps.instruments, identity);
  const downloads = (id: string, version: number) =>
    (['xlsx', 'csv'] as const).map(
      (format) =>
        html`<a class="button-secondary" href="${path}/${encodeURIComponent(id)}/${version}/unduh?format=${format}" download>${t.download[lang]} ${format.toUpperCase()}<span class="visually-hidden"> ${id} ${t.version[lang].toLowerCase()} ${version}</span></a>`,
    );
  // A card per version, not a table: five columns do not fit a phone.
  const list =
    versions.length === 0
      ? html`<p class="card">${t.none[lang]}</p>`
      : html`<ul class="plain-list instrument-versions">${versions.map(
          (v) =>
            html`<li class="card"><h2>${v.title[lang]}</h2>
<p class="hint">${v.id} · ${t.version[lang]} ${String(v.version)} · ${t.year[lang]} ${String(v.year)} · ${String(v.indicatorCount)} ${t.indicators[lang].toLowerCase()}</p>
<div class="actions">${downloads(v.id, v.version)}</div></li>`,
        )}</ul>`;
  const upload = canPublishInstruments(identity)
    ? html`<h2>${t.uploadTitle[lang]}</h2>
<form method="post" action="${path}" enctype="multipart/form-data" class="card">
<input type="hidden" name="_csrf" value="${csrf}">
<div class="field${refused ? ' field--error' : ''}">
<label for="instrument-file">${t.file[lang]}</label>
<p class="hint" id="instrument-file-hint">${t.uploadHint[lang]}</p>
<input type="file" id="instrument-file" name="instrument.file" accept=".xlsx,.csv" required aria-describedby="instrument-file-hint${refused ? ' error-summary' : ''}"${refused ? html` aria-invalid="true"` : ''}>
</div>
<button type="submit" class="primary">${t.publish[lang]}</button>
</form>`
    : '';
  const notice = refused ? undefined : noticeOf(request);
  const body = html`<h1>${t.title[lang]}</h1>
${refused ? refusedOf(lang, refused) : ''}${notice ?? ''}
<p class="hint">${t.intro[lang]}</p>
${list}
${upload}`;
  const title = refused ? `${t.refusedTitle[lang]}: ${t.title[lang]}` : t.title[lang];
  return page(
    request,
    status,
    layout({ site: request.deps.site, lang, title, body, path, session: request.session?.value }),
  );
}

/** `GET /admin/instrumen`: the city's stored versions, each to download; admins publish a new one. */
export const instrumentsPage = (request: InstrumentRequest) => renderPage(request);

import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { defaultTimeZone } from '#functions/platform/time/zones.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { attachment, page } from '#functions/platform/web/responses.ts';
import { selectionRequests } from '../api/requests.ts';
import { publishedSelection } from '../selection-scope.ts';
import type { SelectionRequest } from './deps.ts';
import { selectionTexts as t } from './selection-texts.ts';
import { publicSelectionPath, selectionBody } from './selection-view.ts';

/** The selection the path names, whoever asks: it is public. */
async function named(request: SelectionRequest) {
  const city = selectionRequests.pathParameters.city.safeParse(request.params.city);
  const year = selectionRequests.pathParameters.year.safeParse(request.params.year);
  if (!city.success || !year.success) throw refusals.notFound();
  return publishedSelection(request.deps, city.data, Number(year.data));
}

/** `GET /pemilihan/{city}/{year}`: the announcement and every draw, for anyone, signed in or not. */
export async function publicSelectionPage(request: SelectionRequest): Promise<HttpResult> {
  const selection = await named(request);
  const { lang } = request;
  const city = await request.deps.directory.getCity(selection.city);
  const title = `${t.publicTitle[lang]} · ${city?.name ?? selection.city} ${selection.year}`;
  const body = html`<h1>${t.publicTitle[lang]}</h1>
<p class="hint">${city?.name ?? selection.city} · ${String(selection.year)} · ${selection.method}</p>
<p>${t.publicIntro[lang]}</p>
${selectionBody(selection, lang, city?.timeZone ?? defaultTimeZone)}`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title,
      body,
      path: publicSelectionPath(selection.city, selection.year),
      session: request.session?.value,
    }),
  );
}

/** `GET /pemilihan/{city}/{year}/data.json`: the whole record, as `siklus selection verify --file` reads it. */
export async function selectionDataPage(request: SelectionRequest): Promise<HttpResult> {
  const selection = await named(request);
  return attachment(
    `pemilihan-${selection.city}-${selection.year}.json`,
    'application/json; charset=utf-8',
    `${JSON.stringify(selection, null, 2)}\n`,
  );
}

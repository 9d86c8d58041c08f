import type { FormDefinition } from '#forms/engine/definition.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatTimestamp } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { draftLabel } from '#functions/submissions/draft-label.ts';
import { openDraftsOf } from '#functions/submissions/open-drafts.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';

/**
 * Before a second draft of the same form: the OPD's drafts, each by its name and last save (in the
 * city's zone), to continue, and a way to start a new one all the same. Undefined when the OPD has none.
 */
export async function secondDraftPage(
  request: SubmissionRequest,
  definition: FormDefinition,
  opd: string,
): Promise<HttpResult | undefined> {
  const { city } = requireSession(request).identity;
  const { drafts } = await request.deps.store.listForOpd({ city, opd });
  const mine = openDraftsOf(drafts, definition.id);
  if (mine.length === 0) return undefined;
  const timeZone = await timeZoneOfCity(request.deps.directory, city);
  const { lang } = request;
  const items = mine.map(
    (d) =>
      html`<li><a class="button" href="/forms/${definition.id}/drafts/${d.draftId}">${texts.continue[lang]}: ${draftLabel(definition, d.answers) ?? texts.unnamedDraft[lang]}</a> <span class="hint">${texts.lastSaved[lang]} ${formatTimestamp(d.updatedAt, timeZone, lang)}</span></li>`,
  );
  const body = html`<h1>${texts.secondDraftTitle[lang]}</h1>
<div class="card"><p>${texts.secondDraftBody[lang]}</p><ul class="plain-list">${items}</ul>
<p><a class="button-secondary" href="/forms/${definition.id}/new?baru=1">${texts.startNewAnyway[lang]}</a></p></div>`;
  const path = `/forms/${definition.id}/new`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: texts.secondDraftTitle[lang],
      body,
      path,
      session: request.session?.value,
    }),
  );
}

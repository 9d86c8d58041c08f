import type { FormDefinition } from '#forms/engine/definition.ts';
import { renderAnswers } from '#forms/render/render-answers.ts';
import { html, raw } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatTimestamp } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { page } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import type { Draft } from '#functions/submissions/model.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';
import { formTexts } from './form-texts.ts';

/**
 * An OPD's draft as an evaluator or an admin reads it: the answers so far, read-only, its last save
 * in `timeZone`, the city's. Only the OPD's staff fill and save forms, so those who cannot are never
 * offered a form to type into.
 */
export function readOnlyDraftPage(
  request: SubmissionRequest,
  definition: FormDefinition,
  draft: Draft,
  timeZone: string,
): HttpResult {
  const { lang } = request;
  const body = html`<h1>${definition.title[lang]}</h1>
<p class="notice" role="status">${formTexts.draftReadOnly[lang]}</p>
<div class="card"><dl class="answers">
<dt>${texts.lastSaved[lang]}</dt><dd>${formatTimestamp(draft.updatedAt, timeZone, lang)}</dd>
<dt>${texts.formVersion[lang]}</dt><dd>${definition.id} v${draft.formVersion}</dd>
</dl></div>
<div class="card">${raw(renderAnswers(definition, draft.answers, lang))}</div>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: definition.title[lang],
      body,
      path: request.event.rawPath,
      session: request.session?.value,
    }),
  );
}

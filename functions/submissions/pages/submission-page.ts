import { renderAnswers } from '#forms/render/render-answers.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { html, raw } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatTimestamp } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { findForm } from '#functions/submissions/form-lookup.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';
import { getSubmission } from '#functions/submissions/submit.ts';
import { formTexts } from './form-texts.ts';

/**
 * `/submissions/{submissionId}`: read-only, with the form version it was filled against and its
 * time in the zone of the OPD's city.
 */
export async function submissionPage(request: SubmissionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const { lang } = request;
  const [submission, timeZone] = await Promise.all([
    getSubmission(request.deps, identity, request.params.submissionId ?? ''),
    timeZoneOfCity(request.deps.directory, identity.city),
  ]);
  const definition = await findForm(request.deps, submission, submission.formId, submission.formVersion);
  const review = await request.deps.reviewOf?.(submission);
  const notes = review?.submissionId === submission.submissionId ? review.notes : undefined;
  const revise =
    review?.revisionRequested &&
    review.submissionId === submission.submissionId &&
    identity.opd === submission.opd
      ? html`<p class="notice notice--warning" role="status">${formTexts.revisionRequested[lang]}</p>
<p><a class="button" href="/forms/${submission.formId}/new?dari=${submission.submissionId}&amp;baru=1">${formTexts.revise[lang]}</a></p>`
      : '';
  const body = html`<h1>${definition.title[lang]}</h1>
<p class="notice notice--success" role="status">${texts.submitted[lang]}. ${texts.readOnly[lang]}</p>
<div class="card"><dl class="answers">
<dt>${texts.submittedAt[lang]}</dt><dd>${formatTimestamp(submission.submittedAt, timeZone, lang)}</dd>
<dt>${texts.formVersion[lang]}</dt><dd>${definition.id} v${submission.formVersion}</dd>
</dl></div>
${revise}
<div class="card">${raw(renderAnswers(definition, submission.answers, lang, notes ? { notes } : {}))}</div>
<p><a href="/tugas">${texts.backToTodo[lang]}</a></p>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: `${texts.submittedTitle[lang]}: ${definition.title[lang]}`,
      body,
      path: request.event.rawPath,
      session: request.session?.value,
    }),
  );
}

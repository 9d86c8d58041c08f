import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import { formatTimestamp } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { listMyForms } from '#functions/submissions/my-forms.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';

/**
 * `/tugas`: the OPD's forms and the state of each: not started, draft saved, or submitted (when,
 * in the city's zone). Evaluators and admins, who belong to no OPD and fill no form, go to the
 * OPDs' obligations.
 */
export async function todoPage(request: SubmissionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  if (!identity.opd && hasRole(identity, 'admin', 'evaluator')) return redirect('/admin/kewajiban');
  const { lang } = request;
  const [mine, timeZone, duties] = await Promise.all([
    listMyForms(request.deps, identity),
    timeZoneOfCity(request.deps.directory, identity.city),
    identity.opd ? (request.deps.dutiesFor?.(identity.city, identity.opd) ?? []) : [],
  ]);
  const when = (instant: string) => formatTimestamp(instant, timeZone, lang);
  const rows = mine.forms.map((form) => {
    const draft = form.drafts.at(-1);
    const submission = form.submissions.at(-1);
    const title = form.title?.[lang] ?? form.formId;
    const state = submission
      ? html`<span class="status status--submitted">${texts.submitted[lang]}</span> <span class="hint">${when(submission.submittedAt)}</span>`
      : draft
        ? html`<span class="status status--draft">${texts.inDraft[lang]}</span> <span class="hint">${when(draft.updatedAt)}</span>`
        : html`<span class="status">${texts.notStarted[lang]}</span>`;
    const due = form.due
      ? html`<p class="due"><strong>${texts.dueBy[lang]}:</strong> ${when(form.due.deadlineAt)}${
          form.due.status === 'missed'
            ? html` <span class="status status--missed">${texts.missed[lang]}</span>`
            : form.due.status === 'waived'
              ? html` <span class="status">${texts.waived[lang]}</span>`
              : form.due.late
                ? html` <span class="status">${texts.submittedLate[lang]}</span>`
                : ''
        }</p>`
      : '';
    const hidden = html`<span class="visually-hidden"> ${title}</span>`;
    const links = [
      ...form.submissions.map(
        (s) =>
          html`<li><a class="button-secondary" href="/submissions/${s.submissionId}">${texts.view[lang]}${hidden}</a> <span class="hint">${when(s.submittedAt)}</span></li>`,
      ),
      ...(identity.opd
        ? [
            ...form.drafts.map(
              (d) =>
                html`<li><a class="button" href="/forms/${form.formId}/drafts/${d.draftId}">${texts.continue[lang]}: ${d.label ?? texts.unnamedDraft[lang]}</a> <span class="hint">${texts.lastSaved[lang]} ${when(d.updatedAt)}</span></li>`,
            ),
            html`<li><a class="${form.drafts.length > 0 ? 'button-secondary' : 'button'}" href="/forms/${form.formId}/new">${
              submission
                ? texts.startAnother[lang]
                : form.drafts.length > 0
                  ? texts.startNewDraft[lang]
                  : texts.start[lang]
            }${hidden}</a></li>`,
          ]
        : []),
    ];
    const link = html`<ul>${links}</ul>`;
    return html`<li class="card"><h2>${title}</h2>${due}<p>${state}</p>${link}</li>`;
  });
  // Obligations answered by many responses (the impact survey): how far each is, and where to work on it.
  const dutyRows = duties.map((duty) => {
    const state =
      duty.due.status === 'submitted'
        ? html`<span class="status status--submitted">${texts.submitted[lang]}</span>`
        : duty.due.status === 'missed'
          ? html`<span class="status status--missed">${texts.missed[lang]}</span>`
          : '';
    return html`<li class="card"><h2>${duty.title[lang]}</h2><p class="due"><strong>${texts.dueBy[lang]}:</strong> ${when(duty.due.deadlineAt)}</p><p><strong data-progress>${String(duty.done)} ${texts.of[lang]} ${String(duty.of)}</strong> ${texts.responsesCollected[lang]} ${state}</p><ul><li><a class="button" href="${duty.path}">${texts.open[lang]}<span class="visually-hidden"> ${duty.title[lang]}</span></a></li></ul></li>`;
  });
  const body = html`<h1>${texts.todo[lang]}</h1>
<p>${identity.opd ? texts.todoIntro[lang] : texts.cityWideNote[lang]}</p>
<ul class="todo plain-list">${rows}${dutyRows}</ul>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: texts.todo[lang],
      body,
      path: '/tugas',
      session: request.session?.value,
    }),
  );
}

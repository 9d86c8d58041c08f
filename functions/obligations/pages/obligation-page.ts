import { formCatalog } from '#forms/catalog.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import type { ObligationRequest } from '#functions/obligations/pages/deps.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { openDraftsOf } from '#functions/submissions/open-drafts.ts';

/** Who may see an obligation: its OPD, the city's evaluators and admins, or a link made for it. */
function maySee(identity: Identity, obligation: Obligation, scopedTo: string | undefined): boolean {
  if (obligation.city !== identity.city) return false;
  if (scopedTo !== undefined) return scopedTo === obligation.obligationId;
  return identity.opd === obligation.opd || hasRole(identity, 'admin', 'evaluator');
}

/**
 * Where an operator continues an obligation: its submission once submitted, else the OPD's most
 * recently saved draft of the form, else a new form.
 */
async function continuePath(request: ObligationRequest, obligation: Obligation): Promise<string> {
  // A kind no single form answers (the impact survey) is worked on from its own page.
  const progress = request.deps.obligationDeps.kinds.byId(obligation.kind)?.progress;
  if (progress) return progress.path;
  // A revision the verifier asked for, begun: its draft (a submitted draft has its submission's id).
  if (
    obligation.status === 'revision_requested' &&
    obligation.draftId &&
    obligation.draftId !== obligation.submissionId
  )
    return `/forms/${obligation.formId}/drafts/${obligation.draftId}`;
  if (obligation.submissionId) return `/submissions/${obligation.submissionId}`;
  if (obligation.draftId) return `/forms/${obligation.formId}/drafts/${obligation.draftId}`;
  // A draft saved before obligations named their drafts: look it up.
  const { drafts } = await request.deps.obligationDeps.submissions.listForOpd({
    city: obligation.city,
    opd: obligation.opd,
  });
  const [latest] = openDraftsOf(drafts, obligation.formId);
  return latest ? `/forms/${obligation.formId}/drafts/${latest.draftId}` : `/forms/${obligation.formId}/new`;
}

/**
 * `GET /kewajiban/{obligationId}`: one obligation. An operator of its OPD goes on to fill it; a
 * head, the city secretary, an evaluator or an admin sees where it stands.
 */
export async function obligationPage(request: ObligationRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const obligation = await request.deps.obligationDeps.obligations.get(request.params.obligationId ?? '');
  if (!obligation || !maySee(identity, obligation, request.session?.value.scope?.obligation))
    return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
  if (hasRole(identity, 'opd-operator') && identity.opd === obligation.opd)
    return redirect(await continuePath(request, obligation));
  const { lang } = request;
  const opd = await request.deps.obligationDeps.directory.getOpd(obligation.city, obligation.opd);
  const form =
    formCatalog.latest(obligation.formId)?.title[lang] ??
    request.deps.obligationDeps.kinds.byId(obligation.kind)?.title[lang] ??
    obligation.formId;
  const body = html`<h1>${form}</h1>
<p class="hint">${opd?.name ?? obligation.opd} · ${obligation.year}</p>
<div class="card"><table><tbody>
<tr><th scope="row">${texts.dueDate[lang]}</th><td>${formatDay(obligation.due, lang)}</td></tr>
<tr><th scope="row">${texts.status[lang]}</th><td><span class="status status--${obligation.status}">${texts.obligationStatus[obligation.status][lang]}</span>${
    obligation.late ? html` <span class="status status--late">${texts.late[lang]}</span>` : ''
  }</td></tr>
</tbody></table></div>`;
  const path = `/kewajiban/${encodeURIComponent(obligation.obligationId)}`;
  return page(
    request,
    200,
    layout({ site: request.deps.site, lang, title: form, body, path, session: request.session?.value }),
  );
}

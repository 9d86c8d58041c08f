import {
  canAdministerObligations,
  moveOwnDeadline,
  ownObligation,
  waiveOwn,
} from '#functions/obligations/admin-scope.ts';
import { obligationRequests } from '#functions/obligations/api/requests.ts';
import type { ObligationRequest } from '#functions/obligations/pages/deps.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { currentCycle, filteredPath, filterOf, type ObligationRow } from './admin-obligations-rows.ts';
import { type ObligationFormError, obligationsBody } from './admin-obligations-view.ts';

const path = '/admin/kewajiban';

/** The notice after a change: which OPD, and its new deadline. */
function noticeOf(request: ObligationRequest, rows: readonly ObligationRow[]): Html | undefined {
  const done = request.query.get('notice');
  const row = rows.find((r) => r.obligation.obligationId === request.query.get('obligation'));
  if (!row || (done !== 'moved' && done !== 'waived')) return undefined;
  const { lang } = request;
  const what =
    done === 'moved'
      ? html`${texts.movedNotice[lang]} ${row.opdName}, ${formatDay(row.obligation.due, lang)} (${texts.deadlineVersion[lang].toLowerCase()} ${row.obligation.deadlineVersion}).`
      : html`${texts.waivedNotice[lang]} ${row.opdName}.`;
  return html`<p class="notice notice--success" role="status">${what}</p>`;
}

async function renderPage(
  request: ObligationRequest,
  status = 200,
  error?: ObligationFormError,
): Promise<HttpResult> {
  // Admins and evaluators only: the route declares it.
  const { identity, csrf } = requireSession(request);
  const { lang } = request;
  const cycle = await currentCycle(request, identity);
  if (!cycle) return messagePage(request, 200, texts.obligations, texts.noCycle);
  const notice = error ? undefined : noticeOf(request, cycle.rows);
  const filter = filterOf(request.query);
  const body = obligationsBody({
    lang,
    csrf,
    ...cycle,
    filter,
    canChange: canAdministerObligations(identity),
    ...(notice ? { notice } : {}),
    ...(error ? { error } : {}),
  });
  const title = error ? `${texts.notChanged[lang]}: ${texts.obligations[lang]}` : texts.obligations[lang];
  return page(
    request,
    status,
    layout({
      site: request.deps.site,
      lang,
      title,
      body,
      path: filteredPath(filter),
      session: request.session?.value,
    }),
  );
}

/** `GET /admin/kewajiban`: the current cycle's obligations; admins also move and waive here. */
export const adminObligationsPage = (request: ObligationRequest) => renderPage(request);

/**
 * A change posted from the page: checked (session, CSRF, admin, the field), then made. Bad input
 * shows the page again with the message beside the field, and changes nothing.
 */
async function change(
  request: ObligationRequest,
  field: ObligationFormError['field'],
  work: (identity: Identity, obligationId: string, value: string) => Promise<unknown>,
): Promise<HttpResult> {
  // Admins only, and the CSRF token checked: the route declares both.
  const { identity } = requireSession(request);
  const form = postedFields(request);
  const id = obligationRequests.pathParameters.obligationId.safeParse(request.params.obligationId);
  if (!id.success) throw refusals.notFound();
  const obligationId = id.data;
  // Another city's obligation is not found, whatever was typed.
  await ownObligation(request.deps.obligationDeps, identity, obligationId);
  const value = form.get(field) ?? '';
  const refuse = (message: ObligationFormError['message']) =>
    renderPage(request, 400, { obligationId, field, message, value });
  const checked =
    field === 'due'
      ? obligationRequests.requestBodies.moveObligation.safeParse({ due: value.trim() })
      : obligationRequests.requestBodies.waiveObligation.safeParse({ reason: value });
  if (!checked.success) {
    if (field === 'due') return refuse(texts.dueInvalid);
    return refuse(value.trim().length > 500 ? texts.reasonTooLong : texts.reasonRequired);
  }
  try {
    await work(identity, obligationId, field === 'due' ? value.trim() : value);
  } catch (error) {
    // Each broken rule says itself (a day off, a past date, another year), with the date in words.
    if (error instanceof DomainError && error.kind === 'invalid') return refuse(ruleMessages(error));
    throw error;
  }
  const notice = field === 'due' ? 'moved' : 'waived';
  return redirect(`${path}?notice=${notice}&obligation=${encodeURIComponent(obligationId)}`);
}

/** The messages of the rules a change broke, or the change's own message when it names none. */
function ruleMessages(error: DomainError): ObligationFormError['message'] {
  const fields = error.fields ?? [];
  if (fields.length === 0) return error.messages;
  return {
    id: fields.map((f) => f.message.id).join(' '),
    en: fields.map((f) => f.message.en).join(' '),
  };
}

/** `POST /admin/kewajiban/{obligationId}/pindah`: a new deadline; the reminders move with it. */
export const moveObligationPage = (request: ObligationRequest) =>
  change(request, 'due', (identity, obligationId, due) =>
    moveOwnDeadline(request.deps.obligationDeps, identity, obligationId, due),
  );

/** `POST /admin/kewajiban/{obligationId}/bebaskan`: waived, with the reason given. */
export const waiveObligationPage = (request: ObligationRequest) =>
  change(request, 'reason', (identity, obligationId, reason) =>
    waiveOwn(request.deps.obligationDeps, identity, obligationId, reason),
  );

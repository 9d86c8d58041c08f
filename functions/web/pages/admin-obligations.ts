import { type Html, html } from '#forms/render/html.ts';
import { HttpError, httpErrors } from '#functions/api/errors.ts';
import type { HttpResult } from '#functions/api/http.ts';
import { pathParameters, requestBodies } from '#functions/api/operation-schemas.ts';
import type { Identity } from '#functions/auth/identity.ts';
import {
  canAdministerObligations,
  canReadObligations,
  listOwnObligations,
  moveOwnDeadline,
  ownObligation,
  waiveOwn,
} from '#functions/obligations/admin-scope.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import { layout } from '../layout.ts';
import { checkCsrf, formBody, requireSession, type WebRequest } from '../request.ts';
import { newNonce, page, redirect } from '../responses.ts';
import { texts } from '../texts.ts';
import { formatDay, type ObligationFormError, obligationsBody } from './admin-obligations-view.ts';
import { messagePage } from './message.ts';

const path = '/admin/kewajiban';
/** Enough for the largest city's OPDs; the page lists the whole cycle. */
const pageSize = 100;

/** Every obligation of the city's current cycle, with its OPD's name; undefined when no cycle runs. */
async function currentCycle(request: WebRequest, identity: Identity) {
  const deps = request.deps.obligationDeps;
  const city = await deps.directory.getCity(identity.city);
  if (city?.currentYear === undefined) return undefined;
  const obligations: Obligation[] = [];
  let cursor: string | undefined;
  do {
    const listing = await listOwnObligations(deps, identity, {
      year: city.currentYear,
      limit: pageSize,
      cursor,
    });
    obligations.push(...listing.obligations);
    cursor = listing.cursor;
  } while (cursor);
  const names = new Map<string, string>();
  let opdCursor: string | undefined;
  do {
    const opds = await deps.directory.opdPage(identity.city, pageSize, opdCursor);
    for (const opd of opds.opds) names.set(opd.opd, opd.name);
    opdCursor = opds.cursor;
  } while (opdCursor);
  const rows = obligations.map((obligation) => ({
    obligation,
    opdName: names.get(obligation.opd) ?? obligation.opd,
  }));
  return { year: city.currentYear, rows };
}

/** The notice after a change: which OPD, and its new deadline. */
function noticeOf(
  request: WebRequest,
  rows: { obligation: Obligation; opdName: string }[],
): Html | undefined {
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
  request: WebRequest,
  status = 200,
  error?: ObligationFormError,
): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  if (!canReadObligations(identity)) throw httpErrors.forbidden();
  const { lang } = request;
  const cycle = await currentCycle(request, identity);
  if (!cycle) return messagePage(request, 200, texts.obligations, texts.noCycle);
  const notice = error ? undefined : noticeOf(request, cycle.rows);
  const body = obligationsBody({
    lang,
    csrf,
    ...cycle,
    canChange: canAdministerObligations(identity),
    ...(notice ? { notice } : {}),
    ...(error ? { error } : {}),
  });
  const nonce = newNonce();
  const title = error ? `${texts.notChanged[lang]}: ${texts.obligations[lang]}` : texts.obligations[lang];
  return page(status, layout({ lang, title, body, path, session: request.session?.value, nonce }), nonce);
}

/** `GET /admin/kewajiban`: the current cycle's obligations; admins also move and waive here. */
export const adminObligationsPage = (request: WebRequest) => renderPage(request);

/**
 * A change posted from the page: checked (session, CSRF, admin, the field), then made. Bad input
 * shows the page again with the message beside the field, and changes nothing.
 */
async function change(
  request: WebRequest,
  field: ObligationFormError['field'],
  work: (identity: Identity, obligationId: string, value: string) => Promise<unknown>,
): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  const form = formBody(request.event);
  checkCsrf(csrf, form.get('_csrf'));
  if (!canAdministerObligations(identity)) throw httpErrors.forbidden();
  const id = pathParameters.obligationId.safeParse(request.params.obligationId);
  if (!id.success) throw httpErrors.notFound();
  const obligationId = id.data;
  // Another city's obligation is not found, whatever was typed.
  await ownObligation(request.deps.obligationDeps, identity, obligationId);
  const value = form.get(field) ?? '';
  const refuse = (message: ObligationFormError['message']) =>
    renderPage(request, 400, { obligationId, field, message, value });
  const checked =
    field === 'due'
      ? requestBodies.moveObligation.safeParse({ due: value.trim() })
      : requestBodies.waiveObligation.safeParse({ reason: value });
  if (!checked.success) {
    if (field === 'due') return refuse(texts.dueInvalid);
    return refuse(value.trim().length > 500 ? texts.reasonTooLong : texts.reasonRequired);
  }
  try {
    await work(identity, obligationId, field === 'due' ? value.trim() : value);
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) return refuse(error.messages);
    throw error;
  }
  const notice = field === 'due' ? 'moved' : 'waived';
  return redirect(`${path}?notice=${notice}&obligation=${encodeURIComponent(obligationId)}`);
}

/** `POST /admin/kewajiban/{obligationId}/pindah`: a new deadline; the reminders move with it. */
export const moveObligationPage = (request: WebRequest) =>
  change(request, 'due', (identity, obligationId, due) =>
    moveOwnDeadline(request.deps.obligationDeps, identity, obligationId, due),
  );

/** `POST /admin/kewajiban/{obligationId}/bebaskan`: waived, with the reason given. */
export const waiveObligationPage = (request: WebRequest) =>
  change(request, 'reason', (identity, obligationId, reason) =>
    waiveOwn(request.deps.obligationDeps, identity, obligationId, reason),
  );

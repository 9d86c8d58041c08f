import { reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import { isCityAdmin, isLead } from '#functions/assessment/review-caller.ts';
import { reviewDepsOf } from '#functions/assessment/review-deps.ts';
import { cityReviews, verifierQueue } from '#functions/assessment/review-listings.ts';
import type { Review, ReviewQueueEntry } from '#functions/assessment/review-model.ts';
import { reviewPath, reviewQueuePath } from '#functions/assessment/review-paths.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import type { ReviewRequest } from './deps.ts';
import { reviewTexts as t } from './review-texts.ts';

type Row = Pick<ReviewQueueEntry, 'year' | 'opd' | 'round' | 'due'> &
  Partial<Pick<Review, 'status' | 'verifier' | 'indicators'>>;

/** How many of a review's indicators were claimed above their verified level. */
const overClaimsOf = (row: Row) =>
  Object.values(row.indicators ?? {}).filter((s) => s.verified !== undefined && s.verified < s.claimed)
    .length;

/**
 * `GET /evaluasi`: the reviews waiting for the signed-in evaluator, earliest due first; the lead
 * evaluator sees every review of the city's current cycle, with its verifier and status. The
 * first 100 are shown: a verifier's queue is a handful, a city's cycle a few dozen.
 */
export async function reviewQueuePage(request: ReviewRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const { lang } = request;
  const caller = await reviewCallerOf(request.deps.people, identity);
  const deps = reviewDepsOf(request.deps);
  const city = await request.deps.directory.getCity(identity.city);
  const lead = (isLead(caller) || isCityAdmin(caller)) && city?.currentYear !== undefined;
  const rows: Row[] = lead
    ? (await cityReviews(deps, caller, { year: city?.currentYear, limit: 100 })).reviews
    : (await verifierQueue(deps, caller, { limit: 100 })).entries;
  const names = new Map(
    await Promise.all(
      [...new Set(rows.map((r) => r.opd))].map(
        async (opd) => [opd, (await request.deps.directory.getOpd(identity.city, opd))?.name ?? opd] as const,
      ),
    ),
  );
  const table =
    rows.length === 0
      ? html`<p>${t.emptyQueue[lang]}</p>`
      : html`<table class="table"><thead><tr><th scope="col">${t.opd[lang]}</th><th scope="col">${t.round[lang]}</th><th scope="col">${t.due[lang]}</th>${
          lead
            ? html`<th scope="col">${t.verifier[lang]}</th><th scope="col">${t.status[lang]}</th><th scope="col">${t.overClaims[lang]}</th>`
            : ''
        }</tr></thead><tbody>${rows.map(
          (r) =>
            html`<tr><td data-label="${t.opd[lang]}"><a href="${reviewPath(r.year, r.opd)}">${names.get(r.opd) ?? r.opd}</a></td><td data-label="${t.round[lang]}">${r.round}</td><td data-label="${t.due[lang]}">${formatDay(r.due, lang)}</td>${
              lead
                ? html`<td data-label="${t.verifier[lang]}">${r.verifier ?? ''}</td><td data-label="${t.status[lang]}">${r.status ? t.statuses[r.status][lang] : ''}</td><td data-label="${t.overClaims[lang]}">${String(overClaimsOf(r))}</td>`
                : ''
            }</tr>`,
        )}</tbody></table>`;
  const body = html`<h1>${t.queueTitle[lang]}</h1>
<p class="hint">${lead ? t.cityIntro[lang] : t.queueIntro[lang]}</p>
<div class="card">${table}</div>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: t.queueTitle[lang],
      body,
      path: reviewQueuePath,
      session: request.session?.value,
    }),
  );
}

import { type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { texts } from '#functions/platform/web/texts.ts';
import {
  filteredPath,
  hasStatus,
  type ObligationFilter,
  type ObligationRow,
  type StatusFilter,
  searched,
  statusFilters,
} from './admin-obligations-rows.ts';
import { type ObligationFormError, obligationsTable } from './admin-obligations-table.ts';

export type { ObligationFormError } from './admin-obligations-table.ts';

export interface ObligationsView {
  lang: Lang;
  csrf: string;
  year: number;
  /** Every obligation of the cycle, by due date, with its OPD's name. */
  rows: readonly ObligationRow[];
  /** What `?status=&opd=` asked for. */
  filter: ObligationFilter;
  /** Admins get the forms; evaluators read. */
  canChange: boolean;
  notice?: Html;
  error?: ObligationFormError;
}

const path = '/admin/kewajiban';

/** Always counted; the statuses after review are counted once an obligation reaches one. */
const alwaysCounted: readonly StatusFilter[] = ['open', 'draft', 'submitted', 'late', 'missed', 'waived'];

const labelOf = (status: StatusFilter, lang: Lang) =>
  status === 'late' ? texts.late[lang] : texts.obligationStatus[status][lang];

/** How many of the searched OPDs stand at each status; each count shows those rows. */
function counts(view: ObligationsView, rows: readonly ObligationRow[]): Html {
  const { lang, filter } = view;
  const item = (status: StatusFilter | undefined, count: number, label: string) => {
    const current = status === filter.status ? html` aria-current="true"` : '';
    return html`<li><a href="${filteredPath({ ...(status ? { status } : {}), opd: filter.opd })}" class="count count--${status ?? 'all'}"${current}><strong>${count}</strong> ${label}</a></li>`;
  };
  const shown = statusFilters
    .map((status) => ({ status, count: rows.filter((row) => hasStatus(row, status)).length }))
    .filter(({ status, count }) => alwaysCounted.includes(status) || count > 0 || status === filter.status);
  return html`<nav aria-label="${texts.statusCounts[lang]}"><ul class="status-counts plain-list">
${item(undefined, rows.length, texts.allOpds[lang])}
${shown.map(({ status, count }) => item(status, count, labelOf(status, lang)))}
</ul></nav>`;
}

/** A GET form, so that filtering works without JavaScript and the address can be shared. */
function filters(view: ObligationsView): Html {
  const { lang, filter } = view;
  const option = (value: string, label: string) =>
    html`<option value="${value}"${value === (filter.status ?? '') ? html` selected` : ''}>${label}</option>`;
  return html`<form method="get" action="${path}" class="filters" role="search" aria-label="${texts.filterObligations[lang]}">
<div class="field"><label for="filter-status">${texts.status[lang]}</label>
<select id="filter-status" name="status">${option('', texts.allStatuses[lang])}${statusFilters.map((s) => option(s, labelOf(s, lang)))}</select></div>
<div class="field"><label for="filter-opd">${texts.searchOpd[lang]}</label>
<p class="hint" id="filter-opd-hint">${texts.searchOpdHint[lang]}</p>
<input type="search" id="filter-opd" name="opd" value="${filter.opd}" maxlength="100" autocomplete="off" aria-describedby="filter-opd-hint"></div>
<button type="submit" class="secondary">${texts.applyFilter[lang]}</button>
</form>`;
}

/** The content of `/admin/kewajiban`: counts, filters, then the cycle's obligations as a table. */
export function obligationsBody(view: ObligationsView): Html {
  const { lang, error, filter } = view;
  const summary = error
    ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${texts.notChanged[lang]}</h2>
<p><a href="#${error.field}-${view.rows.find((r) => r.obligation.obligationId === error.obligationId)?.obligation.opd ?? ''}">${error.message[lang]}</a></p></div>`
    : '';
  const found = searched(view.rows, filter.opd);
  const status = filter.status;
  const rows = status ? found.filter((row) => hasStatus(row, status)) : found;
  const filtered = status !== undefined || filter.opd !== '';
  const showing = html`<p class="hint" id="obligations-shown">${texts.showing[lang]} ${rows.length} ${texts.of[lang]} ${view.rows.length} OPD${
    filtered ? html` · <a href="${path}">${texts.showAll[lang]}</a>` : ''
  }</p>`;
  return html`<h1>${texts.obligations[lang]}</h1>
<p class="hint">${texts.obligationsCycle[lang]} ${view.year}</p>
<p>${view.canChange ? texts.obligationsIntroAdmin[lang] : texts.obligationsIntroReader[lang]}</p>
${view.notice ?? ''}
${summary}
${counts(view, found)}
${filters(view)}
${showing}
${rows.length ? obligationsTable({ ...view, rows }) : html`<p class="notice">${texts.noObligationMatches[lang]}</p>`}`;
}

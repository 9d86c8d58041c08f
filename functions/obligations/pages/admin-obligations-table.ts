import { outstandingStatuses } from '#functions/obligations/model.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { texts } from '#functions/platform/web/texts.ts';
import type { ObligationRow } from './admin-obligations-rows.ts';

/** A refused change, shown beside the form it came from with what the person typed. */
export interface ObligationFormError {
  obligationId: string;
  field: 'due' | 'reason';
  message: Bilingual;
  value: string;
}

/** What the table needs: the rows to show, and whether (and how) they can be changed. */
export interface ObligationsTable {
  lang: Lang;
  csrf: string;
  year: number;
  rows: readonly ObligationRow[];
  /** Admins get the forms; evaluators read. */
  canChange: boolean;
  error?: ObligationFormError;
}

/** One text input (or date input) with its label, hint and, when refused, its error. */
function field(
  view: ObligationsTable,
  row: ObligationRow,
  name: 'due' | 'reason',
  label: Bilingual,
  hint?: Bilingual,
) {
  const { lang, error } = view;
  const id = `${name}-${row.obligation.opd}`;
  const failed =
    error?.obligationId === row.obligation.obligationId && error.field === name ? error : undefined;
  const described = [hint ? `${id}-hint` : '', failed ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = failed?.value ?? (name === 'due' ? row.obligation.due : '');
  return html`<div class="field${failed ? ' field--error' : ''}">
<label for="${id}">${label[lang]}<span class="visually-hidden"> ${texts.for[lang]} ${row.opdName}</span></label>
${hint ? html`<p class="hint" id="${id}-hint">${hint[lang]}</p>` : ''}
${failed ? html`<p class="error-message" id="${id}-error">${failed.message[lang]}</p>` : ''}
<input type="${name === 'due' ? 'date' : 'text'}" id="${id}" name="${name}" value="${value}"${name === 'reason' ? html` maxlength="500" autocomplete="off"` : ''}${described ? html` aria-describedby="${described}"` : ''}${failed ? html` aria-invalid="true"` : ''}>
</div>`;
}

/** The two changes of an outstanding obligation, folded away (no script needed) unless one was refused. */
function forms(view: ObligationsTable, row: ObligationRow): Html {
  const { lang, csrf } = view;
  const base = `/admin/kewajiban/${encodeURIComponent(row.obligation.obligationId)}`;
  const hidden = html`<span class="visually-hidden"> ${row.opdName}</span>`;
  const csrfInput = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const open = view.error?.obligationId === row.obligation.obligationId;
  return html`<details${open ? html` open` : ''}><summary class="disclosure">${texts.changeObligation[lang]}${hidden}</summary>
<form method="post" action="${base}/pindah" class="spaced">${csrfInput}
${field(view, row, 'due', texts.newDue, texts.newDueHint)}
<button type="submit" class="secondary">${texts.moveDeadline[lang]}${hidden}</button>
</form>
<form method="post" action="${base}/bebaskan" class="spaced">${csrfInput}
${field(view, row, 'reason', texts.waiveReason)}
<button type="submit" class="secondary">${texts.waive[lang]}${hidden}</button>
</form></details>`;
}

/** One word per status; "late" only as a flag beside a submission that came after the deadline. */
function status(lang: Lang, row: ObligationRow): Html {
  const o = row.obligation;
  const late = o.late ? html` <span class="status status--late">${texts.late[lang]}</span>` : '';
  const reason = o.waivedReason
    ? html`<span class="hint reason">${texts.waivedBecause[lang]}: ${o.waivedReason}</span>`
    : '';
  return html`<span class="status status--${row.shown}">${texts.obligationStatus[row.shown][lang]}</span>${late}${reason}`;
}

/** The submission that answered the obligation, else the OPD's saved draft of it (or the page of a kind no form answers). */
function link(lang: Lang, row: ObligationRow): Html | string {
  const hidden = html`<span class="visually-hidden"> ${row.opdName}</span>`;
  const { submissionId } = row.obligation;
  if (row.progressPath) return html`<a href="${row.progressPath}">${texts.open[lang]}${hidden}</a>`;
  if (submissionId)
    return html`<a href="/submissions/${encodeURIComponent(submissionId)}">${texts.viewSubmission[lang]}${hidden}</a>`;
  if (row.draftPath) return html`<a href="${row.draftPath}">${texts.viewDraft[lang]}${hidden}</a>`;
  return '';
}

function tableRow(view: ObligationsTable, row: ObligationRow): Html {
  const { lang } = view;
  const o = row.obligation;
  const version =
    o.deadlineVersion > 1
      ? html` <span class="hint">(${texts.deadlineVersion[lang].toLowerCase()} ${o.deadlineVersion})</span>`
      : '';
  const change = view.canChange
    ? html`<td class="change" data-label="${texts.changeColumn[lang]}">${outstandingStatuses.includes(o.status) ? forms(view, row) : ''}</td>`
    : '';
  return html`<tr id="kewajiban-${o.opd}">
<th scope="row" data-label="OPD">${row.opdName}</th>
<td class="state" data-label="${texts.status[lang]}">${status(lang, row)}</td>
<td data-label="${texts.dueDate[lang]}"><span class="day">${formatDay(o.due, lang)}</span>${version}</td>
<td data-label="${texts.submissionColumn[lang]}">${link(lang, row)}</td>
${change}</tr>`;
}

/**
 * The obligations as a table; on a phone (CSS only) each row is a compact block whose cells
 * carry their column's name in `data-label`.
 */
export function obligationsTable(view: ObligationsTable): Html {
  const { lang } = view;
  return html`<table class="obligations-table">
<caption class="visually-hidden">${texts.obligations[lang]}, ${texts.obligationsCycle[lang].toLowerCase()} ${view.year}</caption>
<thead><tr><th scope="col">OPD</th><th scope="col">${texts.status[lang]}</th><th scope="col">${texts.dueDate[lang]}</th><th scope="col">${texts.submissionColumn[lang]}</th>${view.canChange ? html`<th scope="col">${texts.changeColumn[lang]}</th>` : ''}</tr></thead>
<tbody>${view.rows.map((row) => tableRow(view, row))}</tbody>
</table>`;
}

import { type Html, html } from '#forms/render/html.ts';
import { type Obligation, outstandingStatuses } from '#functions/obligations/model.ts';
import type { Lang } from '../request.ts';
import { type Text, texts } from '../texts.ts';

/** A refused change, shown beside the form it came from with what the person typed. */
export interface ObligationFormError {
  obligationId: string;
  field: 'due' | 'reason';
  message: Text;
  value: string;
}

export interface ObligationsView {
  lang: Lang;
  csrf: string;
  year: number;
  /** Obligations of the cycle, by due date, with their OPD's name. */
  rows: readonly { obligation: Obligation; opdName: string }[];
  /** Admins get the forms; evaluators read. */
  canChange: boolean;
  notice?: Html;
  error?: ObligationFormError;
}

const dayFormats = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A local calendar date (`YYYY-MM-DD`) as people read it, e.g. "30 Oktober 2026". */
export const formatDay = (date: string, lang: Lang) => dayFormats[lang].format(new Date(`${date}T00:00:00Z`));

/** One text input (or date input) with its label, hint and, when refused, its error. */
function field(
  view: ObligationsView,
  row: { obligation: Obligation; opdName: string },
  name: 'due' | 'reason',
  label: Text,
  hint?: Text,
): Html {
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
function forms(view: ObligationsView, row: { obligation: Obligation; opdName: string }): Html {
  const { lang, csrf } = view;
  const base = `/admin/kewajiban/${encodeURIComponent(row.obligation.obligationId)}`;
  const hidden = html`<span class="visually-hidden"> ${row.opdName}</span>`;
  const csrfInput = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const open = view.error?.obligationId === row.obligation.obligationId;
  return html`<details${open ? html` open` : ''}><summary style="cursor:pointer;padding:.6rem 0;font-weight:600;color:#0b4fa3">${texts.changeObligation[lang]}${hidden}</summary>
<form method="post" action="${base}/pindah" style="margin:1rem 0">${csrfInput}
${field(view, row, 'due', texts.newDue, texts.newDueHint)}
<button type="submit" class="secondary">${texts.moveDeadline[lang]}${hidden}</button>
</form>
<form method="post" action="${base}/bebaskan" style="margin:1rem 0">${csrfInput}
${field(view, row, 'reason', texts.waiveReason)}
<button type="submit" class="secondary">${texts.waive[lang]}${hidden}</button>
</form></details>`;
}

function card(view: ObligationsView, row: { obligation: Obligation; opdName: string }): Html {
  const { lang } = view;
  const o = row.obligation;
  const outstanding = outstandingStatuses.includes(o.status);
  return html`<li class="card" id="kewajiban-${o.opd}">
<h2>${row.opdName}</h2>
<table style="margin:0 0 1rem"><tbody>
<tr><th scope="row">${texts.dueDate[lang]}</th><td>${formatDay(o.due, lang)}</td></tr>
<tr><th scope="row">${texts.deadlineVersion[lang]}</th><td>${o.deadlineVersion}</td></tr>
<tr><th scope="row">${texts.status[lang]}</th><td><span class="status status--${o.status}">${texts.obligationStatus[o.status][lang]}</span></td></tr>
<tr><th scope="row">${texts.late[lang]}</th><td>${o.late ? texts.yes[lang] : texts.no[lang]}</td></tr>
${o.waivedReason ? html`<tr><th scope="row">${texts.waivedBecause[lang]}</th><td>${o.waivedReason}</td></tr>` : ''}
</tbody></table>
${view.canChange && outstanding ? forms(view, row) : ''}
</li>`;
}

/** The content of `/admin/kewajiban`: the cycle's obligations as cards (a phone has no room for a table). */
export function obligationsBody(view: ObligationsView): Html {
  const { lang, error } = view;
  const summary = error
    ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${texts.notChanged[lang]}</h2>
<p><a href="#${error.field}-${view.rows.find((r) => r.obligation.obligationId === error.obligationId)?.obligation.opd ?? ''}">${error.message[lang]}</a></p></div>`
    : '';
  return html`<h1>${texts.obligations[lang]}</h1>
<p class="hint">${texts.obligationsCycle[lang]} ${view.year}</p>
<p>${view.canChange ? texts.obligationsIntroAdmin[lang] : texts.obligationsIntroReader[lang]}</p>
${view.notice ?? ''}
${summary}
<ul class="obligations" style="list-style:none;padding:0">${view.rows.map((row) => card(view, row))}</ul>`;
}

import { type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import type { Draw, Selection } from '../selection-model.ts';
import { selectionTexts as t } from './selection-texts.ts';

/** Where the public page of a selection is, and its record as JSON. */
export const publicSelectionPath = (city: string, year: number) =>
  `/pemilihan/${encodeURIComponent(city)}/${year}`;
export const selectionDataPath = (city: string, year: number) =>
  `${publicSelectionPath(city, year)}/data.json`;

function drawCard(selection: Selection, made: Draw, lang: Lang, current: boolean): Html {
  const names = new Map(selection.announcement.pool.map((e) => [e.opd, e.name]));
  const people = new Map(selection.announcement.evaluators.map((e) => [e.id, e.name]));
  const teamOf = (opd: string) =>
    (made.teams.find((team) => team.opd === opd)?.evaluators ?? [])
      .map((id) => people.get(id) ?? id)
      .join(', ');
  return html`<section class="card" id="undian-${String(made.number)}" aria-labelledby="undian-${String(made.number)}-title">
<h2 id="undian-${String(made.number)}-title">${t.draw[lang]} ${String(made.number)}</h2>
${current ? '' : html`<p class="notice notice--warning">${t.earlierDraw[lang]}.</p>`}
${made.reason ? html`<p><strong>${t.redrawReason[lang]}:</strong> ${made.reason}</p>` : ''}
<dl class="answers">
<dt>${t.values[lang]}</dt><dd><ol>${made.values.map((values) => html`<li>${values.join(', ')}</li>`)}</ol></dd>
<dt>${t.keyString[lang]}</dt><dd><code class="key-string">${made.keyString}</code></dd>
<dt>${t.digests[lang]}</dt><dd><ol start="0" class="digests">${made.digests.map((d) => html`<li><code>${d}</code></li>`)}</ol></dd>
<dt>${t.selected[lang]}</dt><dd><ol class="selected">${made.selected.map(
    (s) =>
      html`<li>${names.get(s.opd) ?? s.opd} <span class="hint">(${t.position[lang]} ${String(s.position)})</span><br><span class="team">${t.team[lang]}: ${teamOf(s.opd) || t.noTeam[lang]}</span></li>`,
  )}</ol></dd>
${
  selection.announcement.alwaysVisited.length
    ? html`<dt>${t.alwaysVisited[lang]}</dt><dd><ul class="always">${selection.announcement.alwaysVisited.map(
        (a) =>
          html`<li>${a.name}<br><span class="team">${t.team[lang]}: ${teamOf(a.opd) || t.noTeam[lang]}</span></li>`,
      )}</ul></dd>`
    : ''
}
</dl></section>`;
}

/** A selection as published: the announcement, then each draw, the latest last; dates in the city's zone. */
export function selectionBody(selection: Selection, lang: Lang, timeZone: string): Html {
  const a = selection.announcement;
  const draws = selection.draws.map((made, i) =>
    drawCard(selection, made, lang, i === selection.draws.length - 1),
  );
  return html`<section class="card" aria-labelledby="pengumuman-title"><h2 id="pengumuman-title">${t.announcement[lang]}</h2>
<dl class="answers">
<dt>${t.announcedOn[lang]}</dt><dd>${formatDay(localDateOf(new Date(a.announcedAt), timeZone), lang)}</dd>
<dt>${t.count[lang]}</dt><dd>${String(a.count)}</dd>
<dt>${t.roster[lang]}</dt><dd>${t.teamSizeIs[lang]} ${String(a.teamSize)}.<ul>${a.evaluators.map((e) => html`<li>${e.name}${e.staffOf ? html` <span class="hint">(${t.staffOf[lang]} ${e.staffOf})</span>` : ''}${e.conflicts.length ? html` <span class="hint">(${t.conflicts[lang]}: ${e.conflicts.join(', ')})</span>` : ''}</li>`)}</ul></dd>
<dt>${t.sources[lang]}</dt><dd><ol>${a.sources.map((s) => html`<li>${s.description} (${formatDay(s.expected, lang)})</li>`)}</ol></dd>
<dt>${t.drawDate[lang]}</dt><dd>${formatDay(a.drawDate, lang)}</dd>
${
  a.alwaysVisited.length
    ? html`<dt>${t.alwaysVisited[lang]}</dt><dd><ul>${a.alwaysVisited.map((v) => html`<li>${v.name}: ${v.reason}</li>`)}</ul></dd>`
    : ''
}
<dt>${t.pool[lang]}</dt><dd><ol class="pool">${a.pool.map((e) => html`<li value="${String(e.position)}">${e.name} <span class="hint">(${e.opd})</span></li>`)}</ol></dd>
</dl></section>
${draws.length ? draws : html`<p class="card">${t.notDrawn[lang]}</p>`}
<section class="card" aria-labelledby="recheck-title"><h2 id="recheck-title">${t.recheckTitle[lang]}</h2><p>${t.recheck[lang]}</p>
<p><a class="button-secondary" href="${selectionDataPath(selection.city, selection.year)}" download>${t.downloadJson[lang]}</a></p></section>`;
}

import { type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { type CitizenFigures, fewerDistricts } from '../citizen-summary.ts';
import type { ProgramResult } from '../survey-results.ts';
import { surveyTexts as t } from './survey-texts.ts';

/** A score or mean to two decimals, in the page's language; a dash when there is none. */
export const score = (value: number | undefined, lang: Lang) =>
  value === undefined
    ? '–'
    : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value);

const share = (part: number, whole: number) =>
  whole === 0 ? '–' : `${part} (${Math.round((100 * part) / whole)}%)`;

function row(label: string, figures: CitizenFigures, lang: Lang): Html {
  return html`<tr><th scope="row">${label}</th><td>${String(figures.responses)}</td><td>${share(figures.aware, figures.responses)}</td><td>${share(figures.used, figures.responses)}</td><td>${score(figures.satisfaction, lang)}${figures.rated > 0 ? html` <span class="hint">(${String(figures.rated)})</span>` : ''}</td></tr>`;
}

/**
 * A program's citizen survey as a table: every response, then each district named, then those
 * that named none; counts with their share, and mean satisfaction with how many rated it.
 */
export function citizenTable(result: ProgramResult, lang: Lang): Html {
  const { citizens, program } = result;
  if (citizens.total.responses === 0)
    return html`<p class="hint">${t.citizensTitle[lang]}: ${t.none[lang]}</p>`;
  const names = new Map(program.districts.map((d) => [d.id, d.name]));
  const districts = Object.entries(citizens.byDistrict).map(([id, figures]) =>
    row(
      id === '-'
        ? t.noDistrict[lang]
        : id === fewerDistricts
          ? t.fewerDistricts[lang]
          : (names.get(id) ?? id),
      figures,
      lang,
    ),
  );
  return html`<table class="scores"><caption>${t.citizensTitle[lang]} · ${program.name}</caption>
<thead><tr><th scope="col">${t.district[lang]}</th><th scope="col">${t.responses[lang]}</th><th scope="col">${t.aware[lang]}</th><th scope="col">${t.used[lang]}</th><th scope="col">${t.satisfaction[lang]}</th></tr></thead>
<tbody>${row(t.total[lang], citizens.total, lang)}${districts}</tbody></table>`;
}

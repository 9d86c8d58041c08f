import { type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { type RiskRating, type RiskScale, rate } from './risk-matrix.ts';

/** What the heat map needs of a risk: where it sits on the matrix. */
export interface RatedRisk {
  readonly likelihood: number;
  readonly impact: number;
}

/** One cell of the heat map: its rating and how many risks sit in it. */
export interface HeatMapCell extends RiskRating {
  readonly count: number;
}

/**
 * Every cell of the matrix of `scale`, highest likelihood first (the top row, as drawn), impact
 * rising from left to right, each with the number of `risks` in it.
 * @throws RangeError: a risk rated off the scale.
 */
export function heatMapCells(scale: RiskScale, risks: readonly RatedRisk[]): HeatMapCell[][] {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    rate(scale, risk.likelihood, risk.impact);
    const key = `${risk.likelihood}x${risk.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows: HeatMapCell[][] = [];
  for (let likelihood = scale; likelihood >= 1; likelihood--) {
    const row: HeatMapCell[] = [];
    for (let impact = 1; impact <= scale; impact++)
      row.push({ ...rate(scale, likelihood, impact), count: counts.get(`${likelihood}x${impact}`) ?? 0 });
    rows.push(row);
  }
  return rows;
}

const words = {
  likelihood: { id: 'Kemungkinan', en: 'Likelihood' },
  impact: { id: 'Dampak', en: 'Impact' },
  risks: { id: 'risiko', en: 'risks' },
} as const;

/** Pixels of one cell and of the axis margin. */
const cell = 56;
const margin = 44;

/**
 * The heat map as SVG markup, drawn on the server so it shows without JavaScript: one square per
 * cell in its level's colour with the number of risks in it (blank when none), likelihood up
 * the left side and impact along the bottom. Screen readers skip the drawing (`aria-hidden`) and
 * read {@link heatMapTable}, its text equivalent, which the page puts beside it.
 */
export function heatMapSvg(rows: readonly (readonly HeatMapCell[])[], lang: Lang, title: string): Html {
  const scale = rows.length;
  const size = margin + scale * cell;
  const squares = rows.flatMap((row, r) =>
    row.map((c, i) => {
      const x = margin + i * cell;
      const y = r * cell;
      return html`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${c.level.fill}" stroke="#fff" stroke-width="2"/>${
        c.count > 0
          ? html`<text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" font-weight="700" fill="#1a1a1a">${c.count}</text>`
          : ''
      }`;
    }),
  );
  const ticks = Array.from({ length: scale }, (_, i) => [
    html`<text x="${margin + i * cell + cell / 2}" y="${scale * cell + 18}" text-anchor="middle" font-size="13" fill="#1a1a1a">${i + 1}</text>`,
    html`<text x="${margin - 10}" y="${i * cell + cell / 2 + 5}" text-anchor="end" font-size="13" fill="#1a1a1a">${scale - i}</text>`,
  ]);
  return html`<svg class="heat-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-hidden="true" focusable="false"><title>${title}</title>${squares}${ticks}<text x="${margin + (scale * cell) / 2}" y="${size - 4}" text-anchor="middle" font-size="13" fill="#1a1a1a">${words.impact[lang]}</text><text transform="translate(14 ${(scale * cell) / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#1a1a1a">${words.likelihood[lang]}</text></svg>`;
}

/**
 * The heat map as a table, its text equivalent: a row per likelihood, highest first, a column per
 * impact, each cell giving its level and the number of risks in it.
 */
export function heatMapTable(rows: readonly (readonly HeatMapCell[])[], lang: Lang, caption: string): Html {
  const impacts = rows[0]?.map((c) => c.impact) ?? [];
  return html`<table class="heat-map-table"><caption>${caption}</caption><thead><tr><th scope="col">${words.likelihood[lang]} / ${words.impact[lang]}</th>${impacts.map(
    (impact) => html`<th scope="col">${impact}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row) =>
      html`<tr><th scope="row">${row[0]?.likelihood ?? ''}</th>${row.map(
        (c) => html`<td>${c.level.label[lang]}: ${c.count} ${words.risks[lang]}</td>`,
      )}</tr>`,
  )}</tbody></table>`;
}

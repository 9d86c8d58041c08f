import { describe, expect, it } from 'vitest';
import { heatMapCells, heatMapSvg, heatMapTable } from '#functions/risks/heat-map.ts';

/** A register of five risks: two in one cell, one in each of three others. */
const register = [
  { likelihood: 3, impact: 3 },
  { likelihood: 3, impact: 3 },
  { likelihood: 1, impact: 2 },
  { likelihood: 2, impact: 3 },
  { likelihood: 3, impact: 1 },
];

describe('the heat map', () => {
  it("counts each cell's risks, highest likelihood on top, impact rising to the right", () => {
    const rows = heatMapCells(3, register);
    expect(rows.map((row) => row.map((c) => c.count))).toEqual([
      [1, 0, 2],
      [0, 0, 1],
      [0, 1, 0],
    ]);
    expect(rows.map((row) => row.map((c) => `${c.likelihood}${c.impact}`))).toEqual([
      ['31', '32', '33'],
      ['21', '22', '23'],
      ['11', '12', '13'],
    ]);
    expect(rows.flat().reduce((sum, c) => sum + c.count, 0)).toBe(register.length);
  });

  it('draws one square per cell with its count, hidden from screen readers', () => {
    const svg = heatMapSvg(heatMapCells(5, register), 'id', 'Peta risiko').value;
    expect(svg.match(/<rect /g)).toHaveLength(25);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('<title>Peta risiko</title>');
    const counts = [...svg.matchAll(/font-weight="700"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(counts.sort()).toEqual([1, 1, 1, 2]);
  });

  it('gives the same cells as a table for screen readers, in both languages', () => {
    const rows = heatMapCells(3, register);
    const id = heatMapTable(rows, 'id', 'Peta risiko').value;
    expect(id).toContain('<caption>Peta risiko</caption>');
    expect(id.match(/<td>/g)).toHaveLength(9);
    expect(id).toContain('<td>Tinggi: 2 risiko</td>');
    const en = heatMapTable(rows, 'en', 'Risk heat map').value;
    expect(en).toContain('<td>High: 2 risks</td>');
    expect(en).toContain('<th scope="row">3</th>');
  });

  it('escapes the title it is given', () => {
    expect(heatMapSvg(heatMapCells(3, []), 'en', '<b>x</b>').value).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('refuses a risk rated off the scale', () => {
    expect(() => heatMapCells(3, [{ likelihood: 5, impact: 1 }])).toThrow(RangeError);
  });
});

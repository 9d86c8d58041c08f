import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileProblem } from '#functions/assessment/instrument-files/problems.ts';
import { instrumentRows } from '#functions/assessment/instrument-files/to-rows.ts';
import { readInstrumentXlsx } from '#functions/assessment/instrument-files/xlsx.ts';
import { previousInstrument, testInstrument } from './fixture.ts';
import { buildXlsx } from './workbook.ts';

type Row = ExcelJS.CellValue[];

/** The fixture's tables, spoilt in sixteen ways, one or two per row. */
function spoiltTables(): Record<string, Row[]> {
  const tables = instrumentRows(testInstrument);
  const instrumen: Row[] = tables.Instrumen.map((row) =>
    row[0] === 'year'
      ? ['year', 'dua ribu']
      : row[0] === 'weight_impact'
        ? ['weight_impact', 12.5]
        : [...row],
  );
  instrumen.push(['weight_bonus', 5]);
  const pita: Row[] = tables.Pita.map((row, line) => (line === 1 ? [row[0], row[1], row[2], 7] : [...row]));
  const header = tables.Indikator[0]!.map(String);
  const dropped = header.indexOf('question_en');
  const indikator: Row[] = tables.Indikator.map((row) => row.filter((_, i) => i !== dropped));
  const names = indikator[0] as string[];
  const set = (line: number, name: string, value: ExcelJS.CellValue) => {
    indikator[line - 1]![names.indexOf(name)] = value;
  };
  names.push('catatan', 'title_en');
  set(2, 'aspect', 'dampak');
  set(2, 'weight', 'berat');
  set(3, 'title_id', '');
  set(3, 'responsible', 'bappeda, Dinas Kesehatan');
  set(4, 'dimension', 'smart-people');
  set(5, 'id', 'eco-tr-01');
  indikator[4]![32] = 'catatan lepas';
  set(6, 'previous', 'soc-xx-09');
  set(6, 'level3_evidence_en', { error: '#DIV/0!' } as ExcelJS.CellErrorValue);
  set(7, 'id', 'Env WS 02');
  set(7, 'weight', 0);
  return { Instrumen: instrumen, Pita: pita, Indikator: indikator };
}

const where = (p: FileProblem) => [p.sheet, p.line, p.column?.letter, p.column?.name];

describe('instrument files with bad rows', () => {
  it('reports every bad cell by sheet, line and column, and returns no instrument', async () => {
    // Prepare
    const file = await buildXlsx(spoiltTables());

    // Act
    const read = await readInstrumentXlsx(file, { previous: previousInstrument });

    // Assess
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [...where(p), p.message.en])).toEqual([
      ['Instrumen', 4, 'B', 'year', '"dua ribu" is not a number.'],
      ['Instrumen', 7, 'B', 'weight_baseline', 'The aspect weights must add up to 100, not 90.'],
      ['Instrumen', 13, 'A', 'key', expect.stringContaining('Unknown key "weight_bonus"')],
      ['Pita', 2, 'D', 'from', 'Invalid value: from must be a number from 0 to 5.'],
      ['Indikator', 1, undefined, 'question_en', 'Column "question_en" is missing.'],
      ['Indikator', 1, 'AE', 'catatan', expect.stringContaining('Unknown column "catatan"')],
      ['Indikator', 1, 'AF', 'title_en', 'Column "title_en" already appears in column F.'],
      [
        'Indikator',
        2,
        'D',
        'aspect',
        'Unknown aspect "dampak"; allowed: baseline, output, outcome, impact, quick-win.',
      ],
      ['Indikator', 2, 'AC', 'weight', '"berat" is not a number.'],
      ['Indikator', 3, 'E', 'title_id', 'The title_id cell must be filled.'],
      ['Indikator', 3, 'AB', 'responsible', expect.stringContaining('"Dinas Kesehatan" is not a valid id')],
      ['Indikator', 4, 'B', 'dimension', 'Unknown dimension "smart-people".'],
      ['Indikator', 5, 'A', 'id', 'Indicator id "eco-tr-01" is used twice.'],
      ['Indikator', 5, 'AG', 'AG', expect.stringContaining('more cells than the header')],
      ['Indikator', 6, 'S', 'level3_evidence_en', 'The cell holds the formula error #DIV/0!.'],
      ['Indikator', 6, 'AD', 'previous', 'Indicator "soc-xx-09" is not in the previous version.'],
      ['Indikator', 7, 'A', 'id', expect.stringContaining('"Env WS 02" is not a valid id')],
      ['Indikator', 7, 'AC', 'weight', 'Invalid value: weight must be a number above 0, at most 100.'],
    ]);
  });

  it('words every problem in Bahasa Indonesia and in English', async () => {
    // Act
    const read = await readInstrumentXlsx(await buildXlsx(spoiltTables()), { previous: previousInstrument });

    // Assess
    if (read.ok) throw new Error('the spoilt file was accepted');
    for (const { message } of read.problems) {
      expect(message.id.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
      expect(message.id).not.toBe(message.en);
    }
    expect(read.problems.find((p) => p.column?.name === 'year')?.message.id).toBe('"dua ribu" bukan angka.');
  });

  it('reports the previous version it was not given', async () => {
    // Act
    const tables = instrumentRows(testInstrument);
    const read = await readInstrumentXlsx(await buildXlsx(tables));

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map(where)).toEqual([
        ['Indikator', 2, 'AE', 'previous'],
        ['Indikator', 4, 'AE', 'previous'],
        ['Indikator', 7, 'AE', 'previous'],
      ]);
  });

  it('reports a missing key, a key given twice, a sheet without its key column and an empty Indikator sheet', async () => {
    // Prepare
    const tables = instrumentRows(testInstrument);
    const instrumen = tables.Instrumen.filter((row) => row[0] !== 'year').concat([['version', 3]]);
    const pita = tables.Pita.map((row) => row.slice(1));
    const file = await buildXlsx({ Instrumen: instrumen, Pita: pita, Indikator: [tables.Indikator[0]!] });

    // Act
    const read = await readInstrumentXlsx(file, { previous: previousInstrument });

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => [...where(p), p.message.en])).toEqual([
        ['Instrumen', undefined, 'A', 'year', 'The row with key "year" is missing.'],
        ['Instrumen', 12, 'A', 'key', 'Key "version" already appears on line 3.'],
        ['Pita', 1, undefined, 'id', 'Column "id" is missing.'],
        ['Indikator', 1, undefined, undefined, 'The Indikator sheet must hold at least one indicator.'],
      ]);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readInstrumentCsv, writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import { maxFileBytes, maxIndicatorRows } from '#functions/assessment/instrument-files/layout.ts';
import type { FileProblem } from '#functions/assessment/instrument-files/problems.ts';
import { previousInstrument, testInstrument } from './fixture.ts';

const previous = { previous: previousInstrument };
const where = (p: FileProblem) => [p.sheet, p.line, p.column?.letter, p.column?.name];

describe('instrument CSV files', () => {
  it('reads back the instrument it wrote, deep-equal, from text and from bytes', () => {
    // Act
    const file = writeInstrumentCsv(testInstrument);

    // Assess
    expect(readInstrumentCsv(file, previous)).toStrictEqual({ ok: true, instrument: testInstrument });
    expect(readInstrumentCsv(new TextEncoder().encode(file), previous)).toStrictEqual({
      ok: true,
      instrument: testInstrument,
    });
  });

  it('writes UTF-8 with a BOM, one section per row, and quotes commas, quotes and line breaks', () => {
    // Act
    const file = writeInstrumentCsv(testInstrument);

    // Assess
    expect(file.startsWith('\ufeffinstrumen,key,value,description\n')).toBe(true);
    expect(file).toContain('instrumen,title_id,"Instrumen Uji ""Smart City"", 2026",');
    expect(file).toContain(
      '"Apakah SOP layanan, ""standar pelayanan"", dan maklumat\ntelah dipublikasikan?"',
    );
    const records = parse(file, { bom: true, relax_column_count: true }) as string[][];
    expect(new Set(records.map((r) => r[0]))).toEqual(new Set(['instrumen', 'pita', 'indikator']));
    expect(records.filter((r) => r[0] === 'indikator')).toHaveLength(1 + testInstrument.indicators.length);
    expect(records.find((r) => r[1] === 'eco-tr-01')?.[5]).toBe('  Transaksi nontunai; pasar, "QRIS"');
  });

  it('reads a file Excel saved with semicolons in an Indonesian locale', () => {
    // Prepare
    const records = parse(writeInstrumentCsv(testInstrument), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const semicolons = records
      .map((record) =>
        record
          .map((cell) =>
            /[;"\n]/.test(cell)
              ? `"${cell.replaceAll('"', '""')}"`
              : /^\d+\.\d+$/.test(cell)
                ? cell.replace('.', ',')
                : cell,
          )
          .join(';'),
      )
      .join('\r\n');

    // Act
    const read = readInstrumentCsv(semicolons, previous);

    // Assess
    expect(read).toStrictEqual({ ok: true, instrument: testInstrument });
  });

  it('reports bad rows by table, record line and column letter, the section being column A', () => {
    // Prepare
    const file = writeInstrumentCsv(testInstrument)
      .replace('instrumen,year,2026,', 'instrumen,year,2026x,')
      .replace('pita,baik,Baik,Good,2.6', 'pita,baik,Baik,Good,2.6,lebih')
      .replace(
        'indikator,soc-ed-01,society,education,quick-win',
        'indikator,soc-ed-01,society,education,cepat',
      )
      .concat('catatan,ini bukan bagian\n', ',,\n', 'indikator\n');

    // Act
    const read = readInstrumentCsv(file, previous);

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map(where)).toEqual([
        [undefined, 26, 'A', 'section'],
        ['Instrumen', 4, 'C', 'year'],
        ['Pita', 16, 'F', 'F'],
        ['Indikator', 24, 'E', 'aspect'],
      ]);
  });

  it('counts a quoted text with line breaks as one line, as a spreadsheet shows it', () => {
    // Prepare: the question of the first indicator (record 20) spans two physical lines of the file.
    const file = writeInstrumentCsv(testInstrument).replace('indikator,gov-bu-02,', 'indikator,Gov-BU-02,');

    // Act
    const read = readInstrumentCsv(file, previous);

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map(where)).toEqual([['Indikator', 21, 'B', 'id']]);
  });

  it('rejects an unclosed quote, naming its line', () => {
    const read = readInstrumentCsv('instrumen,key,value\ninstrumen,id,"smart-city\n');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]?.line).toBe(2);
      expect(read.problems[0]?.message.en).toMatch(/check the quotes/);
    }
  });

  it('rejects bytes that are not UTF-8, as an old Excel CSV would be', () => {
    const read = readInstrumentCsv(new Uint8Array([0x69, 0x6e, 0x2c, 0xe9, 0x74, 0xe9, 0x0a]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.message.en).toMatch(/not UTF-8/);
  });

  it('rejects a file over the size limit and more than 2,000 indicator rows', () => {
    const big = readInstrumentCsv(new Uint8Array(maxFileBytes + 1));
    expect(big.ok || big.problems.map((p) => p.message.en)).toEqual(['The file is too large: at most 4 MB.']);
    const rows = Array.from({ length: maxIndicatorRows + 1 }, (_, i) => `indikator,gov-${i}`).join('\n');
    const long = readInstrumentCsv(`indikator,id\n${rows}\n`);
    expect(long.ok || long.problems.map((p) => p.message.en)).toEqual([
      'The Indikator sheet is too long: at most 2000 indicators.',
    ]);
  });
});

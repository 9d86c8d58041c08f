import { describe, expect, it } from 'vitest';
import { checkInstrument } from '#forms/instrument/schema.ts';
import { maxFileBytes } from '#functions/assessment/instrument-files/layout.ts';
import { instrumentRows } from '#functions/assessment/instrument-files/to-rows.ts';
import { readInstrumentXlsx, writeInstrumentXlsx } from '#functions/assessment/instrument-files/xlsx.ts';
import { previousInstrument, testInstrument } from './fixture.ts';
import { buildXlsx, loadXlsx } from './workbook.ts';

const previous = { previous: previousInstrument };

describe('instrument XLSX files', () => {
  it('uses a fixture that checkInstrument accepts', () => {
    expect(checkInstrument(testInstrument, previousInstrument).ok).toBe(true);
  });

  it('reads back the instrument it wrote, deep-equal', async () => {
    // Act
    const file = await writeInstrumentXlsx(testInstrument);
    const read = await readInstrumentXlsx(file, previous);

    // Assess
    expect(read).toStrictEqual({ ok: true, instrument: testInstrument });
  });

  it('writes a bold, frozen, noted header, readable widths and wrapped texts', async () => {
    // Act
    const workbook = await loadXlsx(await writeInstrumentXlsx(testInstrument));

    // Assess
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Instrumen', 'Pita', 'Indikator']);
    const sheet = workbook.getWorksheet('Indikator')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getCell('A1').value).toBe('id');
    expect(String(sheet.getCell('E1').note)).toContain('Nama indikator');
    expect(sheet.getColumn(7).width).toBeGreaterThanOrEqual(30);
    expect(sheet.getCell('G2').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('AD3').value).toBe(2.5);
  });

  it('reads numbers written as text, rich text, formula results and headers in any case', async () => {
    // Prepare
    const tables = instrumentRows(testInstrument);
    const instrumen = tables.Instrumen.map((row) =>
      row[0] === 'version'
        ? ['version', ' 2 ']
        : row[0] === 'weight_impact'
          ? ['weight_impact', '22,5']
          : row,
    );
    const indikator = tables.Indikator.map((row, line) =>
      line === 0
        ? row.map((name) => String(name).toUpperCase())
        : line === 2
          ? row.map((cell, i) =>
              i === 4
                ? { richText: [{ text: 'Indikator ' }, { font: { bold: true }, text: 'gov-bu-02' }] }
                : i === 29
                  ? { formula: '5/2', result: 2.5 }
                  : cell,
            )
          : row,
    );
    const file = await buildXlsx({
      Instrumen: instrumen,
      Pita: tables.Pita,
      Indikator: indikator,
      Catatan: [['x']],
    });

    // Act
    const read = await readInstrumentXlsx(file, previous);

    // Assess
    expect(read).toStrictEqual({ ok: true, instrument: testInstrument });
  });

  it('rejects a file that is not a workbook with one clear problem', async () => {
    for (const file of [
      new TextEncoder().encode('section,key,value\ninstrumen,id,x\n'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      new Uint8Array(0),
    ]) {
      const read = await readInstrumentXlsx(file);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]?.message.en).toMatch(/not a readable XLSX workbook/);
      expect(read.problems[0]?.message.id).toMatch(/bukan buku kerja XLSX/);
    }
  });

  it('rejects a file over the size limit without reading it', async () => {
    const read = await readInstrumentXlsx(new Uint8Array(maxFileBytes + 1));
    expect(read).toStrictEqual({
      ok: false,
      problems: [
        {
          message: {
            id: 'Berkas terlalu besar: paling besar 4 MB.',
            en: 'The file is too large: at most 4 MB.',
          },
        },
      ],
    });
  });

  it('rejects an Indikator sheet of more than 2,000 indicators', async () => {
    // Prepare
    const rows = [['id'], ...Array.from({ length: 2001 }, (_, i) => [`gov-${i}`])];
    const file = await buildXlsx({ Indikator: rows });

    // Act
    const read = await readInstrumentXlsx(file);

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => p.message.en)).toEqual([
        'The Indikator sheet is too long: at most 2000 indicators.',
      ]);
  });

  it('names every missing sheet', async () => {
    // Act
    const read = await readInstrumentXlsx(await buildXlsx({ Lain: [['x']] }));

    // Assess
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => [p.sheet, p.line, p.column])).toEqual([
        ['Instrumen', undefined, undefined],
        ['Pita', undefined, undefined],
        ['Indikator', undefined, undefined],
      ]);
  });
});

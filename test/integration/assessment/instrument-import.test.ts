import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { exportInstrument, importInstrument } from '#functions/assessment/import-instrument.ts';
import type { InstrumentFormat } from '#functions/assessment/instrument-files/file-format.ts';
import {
  columnLetter,
  csvSections,
  type SheetName,
  sheetNames,
} from '#functions/assessment/instrument-files/layout.ts';
import type { FileProblem } from '#functions/assessment/instrument-files/problems.ts';
import { instrumentRows, type OutRow } from '#functions/assessment/instrument-files/to-rows.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { demoVersion } from '#test/support/instruments.ts';
import { createTestTable } from '#test/support/test-table.ts';

/** The import's deps around a store: a fixed clock, and ids of its own. */
const importerOf = (instruments: InstrumentStore) => ({
  instruments,
  clock: fixedClock('2026-03-02T01:00:00.000Z'),
  newId: randomUUID,
});

const demo = smartCityInstrument2026;
const formats = ['xlsx', 'csv'] as const;

/** Version 2 of the demo family, for 2027, continuing every indicator of version 1. */
const version2 = demoVersion(2);

type Tables = Record<SheetName, (string | number)[][]>;

/** Tables as a file of the format, each table a sheet of XLSX or a section of CSV. */
async function fileOf(tables: Tables, format: InstrumentFormat): Promise<Uint8Array> {
  if (format === 'csv')
    return new TextEncoder().encode(
      stringify(sheetNames.flatMap((sheet) => tables[sheet].map((row) => [csvSections[sheet], ...row]))),
    );
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheetNames) {
    const worksheet = workbook.addWorksheet(sheet);
    for (const row of tables[sheet]) worksheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Version 2's tables spoilt in eleven ways, each on a row of its own: an unknown dimension, a
 * sub-dimension of another dimension, an unknown aspect, a level text missing, an indicator id
 * used twice, weight 0, aspect weights adding up to 95, an OPD named by its name instead of its
 * id, a previous id version 1 does not have, an English title missing, and an indicator of version
 * 1 continued twice.
 */
function spoiltTables(): Tables {
  const rows = instrumentRows(version2);
  const copy = (table: readonly OutRow[]) => table.map((row) => [...row]);
  const tables: Tables = {
    Instrumen: copy(rows.Instrumen),
    Pita: copy(rows.Pita),
    Indikator: copy(rows.Indikator),
  };
  const header = tables.Indikator[0] as string[];
  const set = (i: number, column: string, value: string | number) => {
    (tables.Indikator[i + 1] as (string | number)[])[header.indexOf(column)] = value;
  };
  const id = (i: number) => demo.indicators[i]?.id ?? '';
  set(0, 'dimension', 'smart-people');
  set(1, 'sub_dimension', 'transactions');
  set(2, 'aspect', 'dampak');
  set(3, 'level2_en', '');
  set(5, 'id', id(4));
  set(6, 'weight', 0);
  set(7, 'responsible', 'bappeda, Dinas Kesehatan');
  set(8, 'previous', 'gov-xx-99');
  set(9, 'title_en', '');
  set(10, 'previous', id(11));
  for (const row of tables.Instrumen) if (row[0] === 'weight_impact') row[1] = 25;
  return tables;
}

/** Where a cell of the file is, as problems say it: lines and letters differ between the formats. */
function placeOf(format: InstrumentFormat) {
  const shift = format === 'csv' ? 1 : 0;
  const header = instrumentRows(version2).Indikator[0] as string[];
  const indicatorHeaderLine = format === 'csv' ? 1 + 11 + 1 + 5 + 1 : 1;
  return {
    indicator: (i: number, column: string) => [
      'Indikator',
      indicatorHeaderLine + 1 + i,
      columnLetter(header.indexOf(column) + shift),
      column,
    ],
    setting: (line: number, key: string) => ['Instrumen', line, columnLetter(1 + shift), key],
  };
}

const where = (p: FileProblem) => [p.sheet, p.line, p.column?.letter, p.column?.name, p.message.en];

describe('instruments imported and exported through the store', () => {
  let store: InstrumentStore;
  let dump: () => Promise<Record<string, unknown>[]>;

  beforeEach(async () => {
    const table = await createTestTable();
    store = createInstrumentStore(table.documentClient, table.tableName);
    dump = table.dump;
    await store.put('jambi', demo);
  });

  it.each(formats)('imports the exported demo instrument as the same instrument (%s)', async (format) => {
    // Prepare
    const file = await exportInstrument(store, 'jambi', demo.id, undefined, format);

    // Act
    const elsewhere = await importInstrument(importerOf(store), 'admin', 'sungai-penuh', file, format);
    const again = await importInstrument(importerOf(store), 'admin', 'jambi', file, format);

    // Assess
    expect(elsewhere).toStrictEqual({ ok: true, instrument: demo, put: 'stored' });
    expect(await store.get('sungai-penuh', demo.id, 1)).toStrictEqual(demo);
    expect(again).toStrictEqual({ ok: true, instrument: demo, put: 'unchanged' });
  });

  it.each(formats)(
    'imports an exported next version as the same instrument, its indicators continuing the stored version (%s)',
    async (format) => {
      // Prepare
      await store.put('jambi', version2);
      await store.put('sungai-penuh', demo);
      const file = await exportInstrument(store, 'jambi', demo.id, 2, format);

      // Act
      const imported = await importInstrument(importerOf(store), 'admin', 'sungai-penuh', file, format);

      // Assess
      expect(imported).toStrictEqual({ ok: true, instrument: version2, put: 'stored' });
      expect(await store.latest('sungai-penuh', demo.id)).toStrictEqual(version2);
    },
  );

  it.each(formats)(
    'reports each of eleven kinds of bad rows at its line and column, in both languages, and stores nothing (%s)',
    async (format) => {
      // Prepare
      const file = await fileOf(spoiltTables(), format);
      const before = await dump();
      const { indicator, setting } = placeOf(format);
      const id = (i: number) => demo.indicators[i]?.id;

      // Act
      const imported = await importInstrument(importerOf(store), 'admin', 'jambi', file, format);

      // Assess
      if (imported.ok) throw new Error('the spoilt file was accepted');
      expect(imported.problems.map(where)).toEqual([
        [...setting(7, 'weight_baseline'), 'The aspect weights must add up to 100, not 95.'],
        [...indicator(0, 'dimension'), 'Unknown dimension "smart-people".'],
        [...indicator(1, 'sub_dimension'), 'Sub-dimension "transactions" is not part of Smart Governance.'],
        [
          ...indicator(2, 'aspect'),
          'Unknown aspect "dampak"; allowed: baseline, output, outcome, impact, quick-win.',
        ],
        [...indicator(3, 'level2_en'), 'The level2_en cell must be filled.'],
        [...indicator(5, 'id'), `Indicator id "${id(4)}" is used twice.`],
        [...indicator(6, 'weight'), 'Invalid value: weight must be a number above 0, at most 100.'],
        [...indicator(7, 'responsible'), expect.stringContaining('"Dinas Kesehatan" is not a valid id')],
        [...indicator(8, 'previous'), 'Indicator "gov-xx-99" is not in the previous version.'],
        [...indicator(9, 'title_en'), 'The title_en cell must be filled.'],
        [...indicator(11, 'previous'), `Indicator "${id(11)}" is already continued by indicator 11.`],
      ]);
      for (const { message } of imported.problems) {
        expect(message.id).not.toBe(message.en);
        expect(message.id.length).toBeGreaterThan(10);
      }
      expect(await dump()).toEqual(before);
      expect(await store.versions('jambi', demo.id)).toEqual([1]);
    },
  );

  it('reports a previous version the city does not hold, though another city holds it, and stores nothing', async () => {
    // Prepare
    await store.put('sungai-penuh', version2);
    const file = await exportInstrument(store, 'sungai-penuh', demo.id, 2, 'csv');
    const before = await dump();

    // Act
    const imported = await importInstrument(importerOf(store), 'admin', 'muaro-jambi', file, 'csv');

    // Assess
    if (imported.ok) throw new Error('the file was accepted');
    expect(imported.problems.map(where)[0]).toEqual([
      'Instrumen',
      12,
      'C',
      'previous_version',
      'Version 1 of instrument "smart-city" is not stored. Import that version first, or leave previous_version empty.',
    ]);
    expect(imported.problems).toHaveLength(1 + demo.indicators.length);
    expect(await dump()).toEqual(before);
  });
});

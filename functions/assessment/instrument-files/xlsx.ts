import type ExcelJS from 'exceljs';
import type { Instrument } from '#forms/instrument/model.ts';
import { maxFileBytes, maxIndicatorRows, type SheetName, sheetColumns, sheetNames } from './layout.ts';
import {
  type ImportOptions,
  type InstrumentImport,
  rejected,
  tooLarge,
  tooManyIndicators,
} from './problems.ts';
import { type OpenedFile, readOpened } from './read.ts';
import type { Cell, Grid, GridRow } from './tables.ts';
import { instrumentRows } from './to-rows.ts';

/*
 * The only file that loads exceljs, a large library: everything else of instrument files works
 * on plain rows. It is loaded on the first XLSX read or written, never when a bundle starts: the
 * API and the pages serve every other request without paying for it.
 */

/** exceljs, loaded once, on first use. */
let excel: Promise<typeof ExcelJS> | undefined;
const exceljs = () => {
  excel ??= import('exceljs').then((loaded) => loaded.default);
  return excel;
};

/** A cell's value as the author sees it: rich text as its text, a formula as its result. */
function cellOf(value: ExcelJS.CellValue | undefined): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellOf(value.text as ExcelJS.CellValue);
  return undefined;
}

function gridOf(sheet: SheetName, worksheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    rows.push({ line, cells: Array.from(cells) });
  });
  return { sheet, firstColumn: 0, rows };
}

/**
 * Opens an XLSX workbook into the grids of its three tables (other sheets are ignored), or refuses
 * it whole: too large, not a workbook, too many indicator rows.
 */
export async function openInstrumentXlsx(file: Uint8Array): Promise<OpenedFile> {
  if (file.byteLength > maxFileBytes) return tooLarge(maxFileBytes);
  const workbook = new (await exceljs()).Workbook();
  try {
    // exceljs declares the Buffer of older Node types; any Buffer (or ArrayBuffer) does.
    await workbook.xlsx.load(Buffer.from(file) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    return rejected(
      'Berkas bukan buku kerja XLSX yang dapat dibaca. Simpan dari Excel sebagai "Excel Workbook (*.xlsx)"; berkas .xls lama atau yang dilindungi kata sandi tidak dapat dibaca.',
      'The file is not a readable XLSX workbook. Save it from Excel as "Excel Workbook (*.xlsx)"; old .xls files and password-protected ones cannot be read.',
    );
  }
  const grids: Partial<Record<SheetName, Grid>> = {};
  for (const sheet of sheetNames) {
    const worksheet = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === sheet.toLowerCase());
    if (worksheet === undefined) continue;
    if (sheet === 'Indikator' && worksheet.actualRowCount > maxIndicatorRows + 1)
      return tooManyIndicators(maxIndicatorRows);
    grids[sheet] = gridOf(sheet, worksheet);
  }
  return { ok: true, grids, problems: [] };
}

/**
 * Reads an instrument from an XLSX workbook, checked as `checkInstrument` checks it;
 * `options.previous` is the version its `previous_version` names. Never throws on a bad file
 * (not a workbook, too large, bad cells): it gives every problem instead, located by sheet, line
 * and column.
 */
export async function readInstrumentXlsx(
  file: Uint8Array,
  options: ImportOptions = {},
): Promise<InstrumentImport> {
  return readOpened(await openInstrumentXlsx(file), options);
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

/**
 * Writes an instrument as an XLSX workbook in the layout `readInstrumentXlsx` reads (see
 * `layout.ts`): a bold header row that stays in view, each header cell noting its column's
 * bilingual name, columns wide enough to read, long texts wrapped.
 */
export async function writeInstrumentXlsx(instrument: Instrument): Promise<Uint8Array> {
  const workbook = new (await exceljs()).Workbook();
  const tables = instrumentRows(instrument);
  for (const sheet of sheetNames) {
    const columns = sheetColumns[sheet];
    const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    worksheet.columns = columns.map((column) => ({ width: column.width }));
    for (const row of tables[sheet]) worksheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
    worksheet.eachRow((row) => {
      row.alignment = { wrapText: true, vertical: 'top' };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.fill = headerFill;
      cell.note = `${column.label.id}\n${column.label.en}`;
    });
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

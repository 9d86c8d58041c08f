import type ExcelJS from 'exceljs';
import { type RegisterCell, registerColumns } from './register-rows.ts';

/*
 * The only file of this part that loads exceljs, a large library: it is loaded on the first
 * export, and only by the function that serves spreadsheets.
 */

let excel: Promise<typeof ExcelJS> | undefined;
const exceljs = () => {
  excel ??= import('exceljs').then((loaded) => loaded.default);
  return excel;
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

/** A heat map colour (`#rrggbb`) as exceljs writes it, opaque. */
const argbOf = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Writes the rows of `registerRows` as a workbook of one sheet, `Register Risiko`: a bold header
 * that stays in view with a filter, columns wide enough to read, long texts wrapped, and each
 * risk's level cell filled in its level's colour (`fills`, one per risk row, in order).
 */
export async function writeRegisterXlsx(
  rows: readonly (readonly RegisterCell[])[],
  fills: readonly string[],
  title: string,
): Promise<Uint8Array> {
  const workbook = new (await exceljs()).Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet('Register Risiko', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = registerColumns.map((column) => ({ width: column.width }));
  for (const row of rows) sheet.addRow([...row]);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(1).font = { bold: true };
  registerColumns.forEach((column, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.fill = headerFill;
    cell.note = `${column.label.id}\n${column.label.en}`;
  });
  const levelColumn = registerColumns.findIndex((column) => column.level) + 1;
  fills.forEach((fill, i) => {
    sheet.getRow(i + 2).getCell(levelColumn).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: argbOf(fill) },
    };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: registerColumns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

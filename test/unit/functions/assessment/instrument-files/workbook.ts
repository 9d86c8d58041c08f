import ExcelJS from 'exceljs';

/** A workbook of the given sheets, each a list of rows of cell values (null for an empty cell). */
export async function buildXlsx(
  sheets: Record<string, readonly (readonly ExcelJS.CellValue[])[]>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows) worksheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The workbook in a file, for looking at what an export wrote. */
export async function loadXlsx(file: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

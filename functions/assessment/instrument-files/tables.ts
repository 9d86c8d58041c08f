import { type ColumnSpec, columnLetter, type SheetName } from './layout.ts';
import type { FileProblem } from './problems.ts';

/**
 * The cells of a sheet as both formats deliver them: text, a number, or an error value a formula
 * gave (`#DIV/0!`). An empty cell is `undefined`.
 */
export type Cell = string | number | { readonly error: string };

/** A non-empty row of a sheet: its line as a spreadsheet shows it and its cells, column A at index 0. */
export interface GridRow {
  readonly line: number;
  readonly cells: readonly (Cell | undefined)[];
}

/** A sheet as read from a file; in CSV its table starts after the `section` column (`firstColumn` 1). */
export interface Grid {
  readonly sheet: SheetName;
  readonly firstColumn: number;
  readonly rows: readonly GridRow[];
}

/** One cell of a table row, with where it is. `letter` is undefined when the column is missing. */
export interface CellAt {
  readonly sheet: SheetName;
  readonly line: number;
  readonly name: string;
  readonly letter: string | undefined;
  readonly value: Cell | undefined;
}

/** A table read under its header: the letter of each column found, and its rows. */
export interface Table {
  readonly sheet: SheetName;
  readonly headerLine: number;
  readonly letters: ReadonlyMap<string, string>;
  readonly rows: readonly { readonly line: number; at(name: string): CellAt }[];
}

/** Whether a cell holds nothing but spaces. */
export const isBlank = (cell: Cell | undefined): boolean =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/**
 * Reads a table: its first row that is not empty is the header, whose cells must name known columns, each once;
 * every required column must be there; no later row may hold a value in a column without a name.
 * Unknown columns are reported and their values ignored.
 */
export function readTable(
  grid: Grid,
  columns: readonly ColumnSpec[],
): { table: Table; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const where = (line: number, index: number, name: string) => ({
    sheet: grid.sheet,
    line,
    column: { letter: columnLetter(index), name },
  });
  const filled = grid.rows.filter((row) => row.cells.some((c, i) => i >= grid.firstColumn && !isBlank(c)));
  const [header, ...body] = filled;
  const indexes = new Map<string, number>();
  const named = new Set<number>();
  header?.cells.forEach((cell, index) => {
    if (index < grid.firstColumn || isBlank(cell)) return;
    const name = String(typeof cell === 'object' ? cell.error : cell).trim();
    const known = columns.find((c) => c.name === name.toLowerCase());
    named.add(index);
    if (known === undefined)
      problems.push({
        ...where(header.line, index, name),
        message: {
          id: `Kolom "${name}" tidak dikenal. Kolom yang dikenal: ${columns.map((c) => c.name).join(', ')}.`,
          en: `Unknown column "${name}". Known columns: ${columns.map((c) => c.name).join(', ')}.`,
        },
      });
    else if (indexes.has(known.name))
      problems.push({
        ...where(header.line, index, name),
        message: {
          id: `Kolom "${known.name}" sudah ada di kolom ${columnLetter(indexes.get(known.name) ?? 0)}.`,
          en: `Column "${known.name}" already appears in column ${columnLetter(indexes.get(known.name) ?? 0)}.`,
        },
      });
    else indexes.set(known.name, index);
  });
  const headerLine = header?.line ?? 1;
  if (header === undefined)
    problems.push({
      sheet: grid.sheet,
      line: 1,
      message: {
        id: 'Lembar ini kosong; baris pertama harus berisi judul kolom.',
        en: 'This sheet is empty; its first row must hold the column headers.',
      },
    });
  else
    for (const spec of columns)
      if (spec.required && !indexes.has(spec.name))
        problems.push({
          sheet: grid.sheet,
          line: headerLine,
          column: { name: spec.name },
          message: { id: `Kolom "${spec.name}" tidak ada.`, en: `Column "${spec.name}" is missing.` },
        });
  for (const row of body) {
    const stray = row.cells.findIndex(
      (cell, index) => index >= grid.firstColumn && !named.has(index) && !isBlank(cell),
    );
    if (stray >= 0)
      problems.push({
        ...where(row.line, stray, columnLetter(stray)),
        message: {
          id: 'Baris ini berisi nilai di kolom yang tidak berjudul; baris ini memiliki sel lebih banyak dari judulnya.',
          en: 'This row holds a value in a column without a header; it has more cells than the header.',
        },
      });
  }
  const letters = new Map([...indexes].map(([name, index]) => [name, columnLetter(index)]));
  const rows = body.map((row) => ({
    line: row.line,
    at: (name: string): CellAt => {
      const index = indexes.get(name);
      return {
        sheet: grid.sheet,
        line: row.line,
        name,
        letter: letters.get(name),
        value: index === undefined ? undefined : row.cells[index],
      };
    },
  }));
  return { table: { sheet: grid.sheet, headerLine, letters, rows }, problems };
}

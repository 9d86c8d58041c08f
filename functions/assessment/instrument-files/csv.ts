import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Instrument } from '#forms/instrument/model.ts';
import { csvSections, maxFileBytes, type SheetName, sheetNames } from './layout.ts';
import {
  type FileProblem,
  type FileRefused,
  type ImportOptions,
  type InstrumentImport,
  rejected,
  tooLarge,
} from './problems.ts';
import { type OpenedFile, readOpened } from './read.ts';
import { type Grid, type GridRow, isBlank } from './tables.ts';
import { instrumentRows } from './to-rows.ts';

/**
 * An instrument as one CSV file: the three tables one after another, each row led by its
 * `section` (see `layout.ts`). UTF-8 with a BOM, comma-separated, quoted where needed.
 */
export function writeInstrumentCsv(instrument: Instrument): string {
  const tables = instrumentRows(instrument);
  const records = sheetNames.flatMap((sheet) => tables[sheet].map((row) => [csvSections[sheet], ...row]));
  return stringify(records, { bom: true });
}

function decode(file: Uint8Array | string): string | undefined {
  if (typeof file === 'string') return file.replace(/^\ufeff/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return undefined;
  }
}

function parseRecords(text: string): string[][] | FileRefused {
  // The first cell of a file is a section name, so the first separator is the file's delimiter.
  const delimiter = /[,;]/.exec(text)?.[0] ?? ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as CsvError & { records?: number }).records ?? 0) + 1;
    return {
      ok: false,
      problems: [
        {
          line,
          message: {
            id: `Berkas CSV tidak dapat dibaca mulai baris ${line}: periksa tanda petik (") di baris itu.`,
            en: `The CSV file cannot be read from line ${line} on: check the quotes (") on that line.`,
          },
        },
      ],
    };
  }
}

/** Splits the records of a file by their `section` into the grids of the three tables. */
function sectionGrids(records: readonly string[][]): {
  grids: Partial<Record<SheetName, Grid>>;
  problems: FileProblem[];
} {
  const rows = new Map<SheetName, GridRow[]>();
  const problems: FileProblem[] = [];
  records.forEach((cells, index) => {
    const line = index + 1;
    if (cells.every((cell) => isBlank(cell))) return;
    const section = (cells[0] ?? '').trim().toLowerCase();
    const sheet = sheetNames.find((s) => csvSections[s] === section);
    if (sheet === undefined) {
      const allowed = sheetNames.map((s) => csvSections[s]).join(', ');
      problems.push({
        line,
        column: { letter: 'A', name: 'section' },
        message:
          section === ''
            ? {
                id: `Sel section wajib diisi (${allowed}).`,
                en: `The section cell must be filled (${allowed}).`,
              }
            : {
                id: `Bagian "${cells[0]}" tidak dikenal; isian yang sah: ${allowed}.`,
                en: `Unknown section "${cells[0]}"; allowed: ${allowed}.`,
              },
      });
      return;
    }
    rows.set(sheet, [...(rows.get(sheet) ?? []), { line, cells }]);
  });
  const grids = Object.fromEntries(
    [...rows].map(([sheet, list]) => [sheet, { sheet, firstColumn: 1, rows: list }]),
  );
  return { grids, problems };
}

/**
 * Opens a CSV file (bytes in UTF-8, or text) into the grids of its three tables, with a problem
 * for each row of no known section; or refuses it whole: too large, not UTF-8, quotes that do
 * not close.
 */
export function openInstrumentCsv(file: Uint8Array | string): OpenedFile {
  const bytes = typeof file === 'string' ? Buffer.byteLength(file) : file.byteLength;
  if (bytes > maxFileBytes) return tooLarge(maxFileBytes);
  const text = decode(file);
  if (text === undefined)
    return rejected(
      'Berkas bukan teks UTF-8. Simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)".',
      'The file is not UTF-8 text. Save it from Excel as "CSV UTF-8 (Comma delimited)".',
    );
  const records = parseRecords(text);
  if (!Array.isArray(records)) return records;
  return { ok: true, ...sectionGrids(records) };
}

/**
 * Reads an instrument from a CSV file (bytes in UTF-8, or text), checked as `checkInstrument`
 * checks it; `options.previous` is the version its `previous_version` names. Never throws on a
 * bad file: it gives every problem instead, located by table, line and column.
 */
export function readInstrumentCsv(file: Uint8Array | string, options: ImportOptions = {}): InstrumentImport {
  return readOpened(openInstrumentCsv(file), options);
}

import { checkInstrument, type InstrumentProblem } from '#forms/instrument/schema.ts';
import type { Path } from './cells.ts';
import { readRows } from './from-rows.ts';
import { csvSections, maxIndicatorRows, type SheetName, sheetColumns, sheetNames } from './layout.ts';
import { locate } from './locate.ts';
import {
  type FileProblem,
  type FileRefused,
  type ImportOptions,
  type InstrumentImport,
  sortProblems,
  tooManyIndicators,
} from './problems.ts';
import { repair } from './repair.ts';
import { type Grid, readTable, type Table } from './tables.ts';

/**
 * A file opened into the grids of its tables, with the problems found while opening it that do
 * not stop the reading (a CSV row of no known section); or, refused whole, only problems.
 */
export type OpenedFile =
  | {
      readonly ok: true;
      readonly grids: Partial<Record<SheetName, Grid>>;
      readonly problems: readonly FileProblem[];
    }
  | FileRefused;

const under = (path: Path, prefix: Path) => prefix.every((segment, i) => path[i] === segment);

/**
 * Reads the sheets of a file, whichever its format, into a checked instrument: the tables under
 * their headers, the cells into values, then `checkInstrument` (twice when cells failed, see
 * `repair.ts`), its problems pointed back at cells. The instrument comes back only when nothing
 * at all is wrong; otherwise every problem does, in reading order.
 */
export function readSheets(
  grids: Partial<Record<SheetName, Grid>>,
  options: ImportOptions = {},
): InstrumentImport {
  const indicatorRows = grids.Indikator?.rows.length ?? 0;
  if (indicatorRows > maxIndicatorRows + 1) return tooManyIndicators(maxIndicatorRows);
  const problems: FileProblem[] = [];
  const tables: Partial<Record<SheetName, Table>> = {};
  for (const sheet of sheetNames) {
    const grid = grids[sheet];
    if (grid === undefined) {
      problems.push({
        sheet,
        message: {
          id: `Tabel ${sheet} tidak ada (di XLSX: lembar "${sheet}"; di CSV: baris dengan section ${csvSections[sheet]}).`,
          en: `The ${sheet} table is missing (in XLSX: the "${sheet}" sheet; in CSV: rows of section ${csvSections[sheet]}).`,
        },
      });
      continue;
    }
    const read = readTable(grid, sheetColumns[sheet]);
    tables[sheet] = read.table;
    problems.push(...read.problems);
  }
  const rows = readRows(tables);
  problems.push(...rows.problems);
  // Without a readable previous version, no indicator's `previous` can be judged either.
  const previousUnread = rows.broken.some((path) => path[0] === 'previousVersion');
  const counts = (found: InstrumentProblem, broken: readonly Path[]) =>
    !broken.some((path) => under(found.path, path)) &&
    !(previousUnread && found.path[0] === 'indicators' && found.path[2] === 'previous');
  const first = checkInstrument(rows.draft, options.previous);
  if (first.ok && problems.length === 0) return { ok: true, instrument: first.instrument };
  const firstProblems = first.ok ? [] : first.problems.filter((p) => counts(p, rows.broken));
  problems.push(...firstProblems.map((p) => locate(p, rows.places)));
  const broken = [...rows.broken, ...firstProblems.map((p) => p.path)];
  const second = repair(rows.draft, broken);
  const again = checkInstrument(second.draft, options.previous);
  if (!again.ok)
    problems.push(
      ...again.problems.filter((p) => !second.repaired(p.path)).map((p) => locate(p, rows.places)),
    );
  return { ok: false, problems: sortProblems(problems) };
}

/**
 * Reads an opened file as {@link readSheets} does, adding the problems found while opening it and
 * `extra` (problems the caller found, the previous version it could not find): the instrument
 * comes back only when there are none.
 */
export function readOpened(
  opened: OpenedFile,
  options: ImportOptions = {},
  extra: readonly FileProblem[] = [],
): InstrumentImport {
  if (!opened.ok) return opened;
  const read = readSheets(opened.grids, options);
  const found = [...opened.problems, ...extra];
  if (found.length === 0) return read;
  return { ok: false, problems: sortProblems([...found, ...(read.ok ? [] : read.problems)]) };
}

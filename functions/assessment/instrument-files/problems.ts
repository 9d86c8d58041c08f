import type { Instrument } from '#forms/instrument/model.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { type SheetName, sheetNames } from './layout.ts';

/**
 * One problem of an instrument file, where the author sees it: the sheet (none for the file as a
 * whole), the line as Excel numbers it (the header is line 1 when it is the first row), and the
 * column by letter and name. In the `Instrumen` sheet the column's name is the row's key.
 */
export interface FileProblem {
  readonly sheet?: SheetName;
  readonly line?: number;
  readonly column?: { readonly letter?: string; readonly name: string };
  readonly message: Bilingual;
}

/** A file refused: every problem found in it. */
export interface FileRefused {
  readonly ok: false;
  readonly problems: readonly FileProblem[];
}

/** What importing a file gives: the instrument, checked, or every problem found in the file. */
export type InstrumentImport = { readonly ok: true; readonly instrument: Instrument } | FileRefused;

/** Options of an import: the version that the file's `previous_version` names, when it names one. */
export interface ImportOptions {
  readonly previous?: Instrument;
}

/** A problem of the file as a whole. */
export const fileProblem = (id: string, en: string): FileProblem => ({ message: { id, en } });

/** A rejected import of one file-wide problem. */
export const rejected = (id: string, en: string): FileRefused => ({
  ok: false,
  problems: [fileProblem(id, en)],
});

/** The size limit, in words. */
export const tooLarge = (maxBytes: number): FileRefused =>
  rejected(
    `Berkas terlalu besar: paling besar ${maxBytes / (1024 * 1024)} MB.`,
    `The file is too large: at most ${maxBytes / (1024 * 1024)} MB.`,
  );

/** The limit of indicator rows, in words. */
export const tooManyIndicators = (maxRows: number): FileRefused =>
  rejected(
    `Lembar Indikator terlalu panjang: paling banyak ${maxRows} indikator.`,
    `The Indikator sheet is too long: at most ${maxRows} indicators.`,
  );

/** Where a problem is, in one language: "Indikator, baris 7, kolom F (aspect)". */
export function formatLocation(problem: FileProblem, lang: Lang): string {
  const words = lang === 'id' ? { line: 'baris', column: 'kolom' } : { line: 'line', column: 'column' };
  const parts: string[] = [];
  if (problem.sheet !== undefined) parts.push(problem.sheet);
  if (problem.line !== undefined) parts.push(`${words.line} ${problem.line}`);
  if (problem.column !== undefined)
    parts.push(
      problem.column.letter === undefined
        ? `${words.column} ${problem.column.name}`
        : `${words.column} ${problem.column.letter} (${problem.column.name})`,
    );
  return parts.join(', ');
}

/** A problem as one line of text in one language, its location first. */
export function formatProblem(problem: FileProblem, lang: Lang): string {
  const where = formatLocation(problem, lang);
  return where === '' ? problem.message[lang] : `${where}: ${problem.message[lang]}`;
}

const sheetOrder = (problem: FileProblem): number =>
  problem.sheet === undefined ? -1 : sheetNames.indexOf(problem.sheet);

const letterOrder = (letter: string | undefined): string => (letter ?? '').padStart(3, ' ');

/** Problems in reading order (file, then sheet by sheet, line by line, column by column), each once. */
export function sortProblems(problems: readonly FileProblem[]): FileProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = JSON.stringify([p.sheet, p.line, p.column?.letter, p.column?.name, p.message.en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      sheetOrder(a) - sheetOrder(b) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      letterOrder(a.column?.letter).localeCompare(letterOrder(b.column?.letter)),
  );
}

import type { Instrument } from '#forms/instrument/model.ts';
import { CellReader } from './cells.ts';
import { openInstrumentCsv, writeInstrumentCsv } from './csv.ts';
import { settingColumns } from './layout.ts';
import type { FileProblem, InstrumentImport } from './problems.ts';
import { type OpenedFile, readOpened } from './read.ts';
import { settingCells } from './setting-rows.ts';
import { type Grid, readTable } from './tables.ts';
import { openInstrumentXlsx, writeInstrumentXlsx } from './xlsx.ts';

/** The formats an instrument file comes in. */
export const instrumentFormats = ['xlsx', 'csv'] as const;
export type InstrumentFormat = (typeof instrumentFormats)[number];

/** The media type of each format, as a download names it. */
export const instrumentMediaTypes: Readonly<Record<InstrumentFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The name a downloaded version goes by: `smart-city-v2.xlsx`. */
export const instrumentFileName = (id: string, version: number, format: InstrumentFormat) =>
  `${id}-v${version}.${format}`;

/** The format a file's name says by its extension, if it says one. */
export function formatOfFileName(name: string): InstrumentFormat | undefined {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return instrumentFormats.find((format) => format === extension);
}

/**
 * Finds the version a file's `previous_version` names among the versions kept somewhere (a city's
 * store): by the family's id and that version, or `undefined` when there is no such version.
 */
export type PreviousLookup = (id: string, version: number) => Promise<Instrument | undefined>;

/** What the `Instrumen` sheet names as the version before: the family, the two versions, and its cell. */
interface NamedPrevious {
  readonly id: string;
  readonly previousVersion: number;
  readonly where: Omit<FileProblem, 'message'>;
}

const wholeFrom = (n: number | undefined, from: number) =>
  n !== undefined && Number.isInteger(n) && n >= from ? n : undefined;

/**
 * The previous version the `Instrumen` sheet names, read before the rest of the file so that it
 * can be looked up; `undefined` when it names none, or when the id, the version or the previous
 * version cannot be read or is out of order (the full read reports those cells).
 */
function namedPrevious(grid: Grid | undefined): NamedPrevious | undefined {
  if (grid === undefined) return undefined;
  const { at } = settingCells(readTable(grid, settingColumns).table, []);
  const reader = new CellReader();
  const id = reader.id(at('id'), ['id']);
  const version = wholeFrom(reader.number(at('version'), ['version']), 1);
  const previousVersion = wholeFrom(reader.number(at('previous_version'), ['previousVersion'], false), 1);
  if (id === undefined || version === undefined || previousVersion === undefined) return undefined;
  if (previousVersion >= version) return undefined;
  const cell = at('previous_version');
  return {
    id,
    previousVersion,
    where: { sheet: cell.sheet, line: cell.line, column: { letter: cell.letter, name: cell.name } },
  };
}

/**
 * Reads an instrument file of either format, checked as `checkInstrument` checks it against the
 * version its `previous_version` names, which `previousOf` finds: a version it cannot find is a
 * problem at that cell (and each indicator that continues one of its indicators is another, at
 * its line). Never throws on a bad file: the instrument comes back only when nothing at all is
 * wrong, otherwise every problem does, in reading order.
 */
export async function readInstrumentFile(
  file: Uint8Array,
  format: InstrumentFormat,
  previousOf: PreviousLookup,
): Promise<InstrumentImport> {
  const opened: OpenedFile = format === 'xlsx' ? await openInstrumentXlsx(file) : openInstrumentCsv(file);
  const named = opened.ok ? namedPrevious(opened.grids.Instrumen) : undefined;
  if (named === undefined) return readOpened(opened);
  const previous = await previousOf(named.id, named.previousVersion);
  if (previous !== undefined) return readOpened(opened, { previous });
  const missing: FileProblem = {
    ...named.where,
    message: {
      id: `Versi ${named.previousVersion} instrumen "${named.id}" belum tersimpan. Impor versi itu lebih dulu, atau kosongkan previous_version.`,
      en: `Version ${named.previousVersion} of instrument "${named.id}" is not stored. Import that version first, or leave previous_version empty.`,
    },
  };
  return readOpened(opened, {}, [missing]);
}

/** An instrument as a file of the format: an XLSX workbook, or CSV in UTF-8 (with its BOM). */
export async function writeInstrumentFile(
  instrument: Instrument,
  format: InstrumentFormat,
): Promise<Uint8Array> {
  return format === 'xlsx'
    ? writeInstrumentXlsx(instrument)
    : new TextEncoder().encode(writeInstrumentCsv(instrument));
}

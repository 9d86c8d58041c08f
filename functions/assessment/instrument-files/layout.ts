import { aspectIds, aspectLabels, maturityLevels } from '#forms/instrument/model.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * The layout of an instrument file, the same for XLSX and CSV: three tables, each with a header
 * row of stable machine names (lower case, `_id` and `_en` for the two languages) and one row per
 * item below it.
 *
 * - `Instrumen`: key/value rows, columns `key`, `value` and an optional `description` that import
 *   ignores (export writes each key's bilingual name there). Keys: {@link settingKeys}.
 * - `Pita`: one row per band, highest first: `id`, `label_id`, `label_en`, `from`.
 * - `Indikator`: one row per indicator, in the instrument's order: `id`, `dimension`,
 *   `sub_dimension`, `aspect`, `title_id`, `title_en`, `question_id`, `question_en`, then for each
 *   level n of 1 to 5 `leveln_id`, `leveln_en`, `leveln_evidence_id`, `leveln_evidence_en`, then
 *   `responsible` (`*` for every OPD, or OPD ids separated by commas), `weight` (empty means 1)
 *   and `previous` (the indicator of the previous version it continues; empty if none).
 *
 * Columns are found by their header, so their order is free; `description`, `weight` and
 * `previous` may be left out. A header is matched without regard to case or surrounding spaces.
 * Empty rows are skipped. Numbers may be written with a decimal point or a decimal comma. Ids and
 * numbers are read without surrounding spaces; texts are kept as written, line breaks as `\n`.
 *
 * In XLSX the tables are three sheets of those names (other sheets are ignored); the header cells
 * carry a note with the column's bilingual name. Line numbers are the row numbers Excel shows.
 *
 * In CSV the three tables follow one another in one file, and the first column of every row,
 * `section`, says which table the row belongs to (`instrumen`, `pita` or `indikator`); the first
 * row of a section is its header. One file is what an admin downloads, mails and uploads at once,
 * so the settings, bands and indicators of one version cannot drift apart as three files could;
 * the section column keeps each row self-describing when the file is opened, filtered or sorted
 * in a spreadsheet, and needs no blank-line or marker conventions that a spreadsheet would lose.
 * The file is UTF-8 (with or without BOM; export writes one so that Excel reads it as UTF-8),
 * separated by commas or, as Excel saves it in an Indonesian locale, by semicolons. Line numbers
 * are record numbers, as a spreadsheet shows them: a quoted text with line breaks stays one row.
 */

/** The three tables of an instrument file, in the order problems and exports list them. */
export const sheetNames = ['Instrumen', 'Pita', 'Indikator'] as const;
export type SheetName = (typeof sheetNames)[number];

/** The `section` values of a CSV file, one per table. */
export const csvSections: Readonly<Record<SheetName, string>> = {
  Instrumen: 'instrumen',
  Pita: 'pita',
  Indikator: 'indikator',
};

/**
 * The largest file import reads, in bytes (as large as a page's upload carries, and the API's
 * body once base64-encoded stays within a Lambda's request), and the most indicator rows.
 */
export const maxFileBytes = 4 * 1024 * 1024;
export const maxIndicatorRows = 2000;

/** A column of a table: its header (the machine name), its name for people, and its width in XLSX. */
export interface ColumnSpec {
  readonly name: string;
  readonly label: Bilingual;
  /** Whether import reports the column as missing when no header names it. */
  readonly required: boolean;
  readonly width: number;
}

const column = (name: string, id: string, en: string, width = 24, required = true): ColumnSpec => ({
  name,
  label: { id, en },
  required,
  width,
});

/** The columns of the `Instrumen` sheet. */
export const settingColumns: readonly ColumnSpec[] = [
  column('key', 'Kunci', 'Key', 22),
  column('value', 'Nilai', 'Value', 40),
  column('description', 'Keterangan', 'Description', 60, false),
];

/** The keys of the `Instrumen` sheet, with their bilingual names; all but `previous_version` must be filled. */
export const settingKeys: readonly { readonly key: string; readonly label: Bilingual }[] = [
  { key: 'id', label: { id: 'Kode keluarga instrumen', en: 'Instrument family id' } },
  { key: 'version', label: { id: 'Versi', en: 'Version' } },
  { key: 'year', label: { id: 'Tahun siklus', en: 'Cycle year' } },
  { key: 'title_id', label: { id: 'Judul (Bahasa Indonesia)', en: 'Title (Indonesian)' } },
  { key: 'title_en', label: { id: 'Judul (Bahasa Inggris)', en: 'Title (English)' } },
  ...aspectIds.map((aspect) => ({
    key: `weight_${aspect}`,
    label: {
      id: `Bobot aspek ${aspectLabels[aspect].id} (%)`,
      en: `Weight of the ${aspectLabels[aspect].en} aspect (%)`,
    },
  })),
  {
    key: 'previous_version',
    label: { id: 'Versi sebelumnya (boleh kosong)', en: 'Previous version (may be empty)' },
  },
];

/** The columns of the `Pita` sheet. */
export const bandColumns: readonly ColumnSpec[] = [
  column('id', 'Kode pita', 'Band id', 16),
  column('label_id', 'Nama (Bahasa Indonesia)', 'Name (Indonesian)'),
  column('label_en', 'Nama (Bahasa Inggris)', 'Name (English)'),
  column('from', 'Batas bawah indeks (0-5)', 'Lowest index (0-5)', 12),
];

const levelColumns = maturityLevels.flatMap((n) => [
  column(`level${n}_id`, `Level ${n} (Bahasa Indonesia)`, `Level ${n} (Indonesian)`, 40),
  column(`level${n}_en`, `Level ${n} (Bahasa Inggris)`, `Level ${n} (English)`, 40),
  column(
    `level${n}_evidence_id`,
    `Bukti level ${n} (Bahasa Indonesia)`,
    `Level ${n} evidence (Indonesian)`,
    32,
  ),
  column(`level${n}_evidence_en`, `Bukti level ${n} (Bahasa Inggris)`, `Level ${n} evidence (English)`, 32),
]);

/** The columns of the `Indikator` sheet, in the order export writes them. */
export const indicatorColumns: readonly ColumnSpec[] = [
  column('id', 'Kode indikator', 'Indicator id', 16),
  column('dimension', 'Dimensi', 'Dimension', 14),
  column('sub_dimension', 'Subdimensi', 'Sub-dimension', 18),
  column('aspect', `Aspek (${aspectIds.join(', ')})`, `Aspect (${aspectIds.join(', ')})`, 12),
  column('title_id', 'Nama indikator (Bahasa Indonesia)', 'Indicator name (Indonesian)', 32),
  column('title_en', 'Nama indikator (Bahasa Inggris)', 'Indicator name (English)', 32),
  column('question_id', 'Pertanyaan (Bahasa Indonesia)', 'Question (Indonesian)', 40),
  column('question_en', 'Pertanyaan (Bahasa Inggris)', 'Question (English)', 40),
  ...levelColumns,
  column('responsible', 'OPD penanggung jawab (* = semua OPD)', 'Responsible OPDs (* = every OPD)', 24),
  column('weight', 'Bobot (kosong = 1)', 'Weight (empty = 1)', 10, false),
  column('previous', 'Indikator versi sebelumnya', 'Indicator of the previous version', 16, false),
];

/** The columns of each sheet. */
export const sheetColumns: Readonly<Record<SheetName, readonly ColumnSpec[]>> = {
  Instrumen: settingColumns,
  Pita: bandColumns,
  Indikator: indicatorColumns,
};

/** The letter Excel shows for a column, 0 being `A`, 26 `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

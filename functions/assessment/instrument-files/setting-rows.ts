import { settingKeys } from './layout.ts';
import type { FileProblem } from './problems.ts';
import type { CellAt, Table } from './tables.ts';

/**
 * The cells of the `Instrumen` sheet by key, and the line of each key: every key known and given
 * once, every key but `previous_version` given. Problems go to `problems`; a key that is missing
 * gives a cell of no column, which reads as nothing (the missing key is the problem).
 */
export function settingCells(table: Table | undefined, problems: FileProblem[]) {
  const cells = new Map<string, CellAt>();
  const lines = new Map<string, number>();
  // Without a key column the missing column is the one problem: rows cannot be told apart.
  const keyed = table?.letters.has('key') === true;
  for (const row of keyed ? (table?.rows ?? []) : []) {
    const keyAt = row.at('key');
    const key = String(typeof keyAt.value === 'object' ? keyAt.value.error : (keyAt.value ?? '')).trim();
    const where = { sheet: keyAt.sheet, line: row.line, column: { letter: keyAt.letter, name: 'key' } };
    if (key === '')
      problems.push({
        ...where,
        message: { id: 'Sel key wajib diisi.', en: 'The key cell must be filled.' },
      });
    else if (!settingKeys.some((s) => s.key === key.toLowerCase()))
      problems.push({
        ...where,
        message: {
          id: `Kunci "${key}" tidak dikenal. Kunci yang dikenal: ${settingKeys.map((s) => s.key).join(', ')}.`,
          en: `Unknown key "${key}". Known keys: ${settingKeys.map((s) => s.key).join(', ')}.`,
        },
      });
    else if (lines.has(key.toLowerCase()))
      problems.push({
        ...where,
        message: {
          id: `Kunci "${key}" sudah ada di baris ${lines.get(key.toLowerCase())}.`,
          en: `Key "${key}" already appears on line ${lines.get(key.toLowerCase())}.`,
        },
      });
    else {
      lines.set(key.toLowerCase(), row.line);
      cells.set(key.toLowerCase(), { ...row.at('value'), name: key.toLowerCase() });
    }
  }
  if (table !== undefined && keyed)
    for (const { key } of settingKeys)
      if (!lines.has(key) && key !== 'previous_version')
        problems.push({
          sheet: table.sheet,
          column: { letter: table.letters.get('key'), name: key },
          message: {
            id: `Baris dengan kunci "${key}" tidak ada.`,
            en: `The row with key "${key}" is missing.`,
          },
        });
  const at = (key: string): CellAt =>
    cells.get(key) ?? { sheet: 'Instrumen', line: 0, name: key, letter: undefined, value: undefined };
  return { at, lines };
}

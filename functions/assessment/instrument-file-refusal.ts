import { DomainError, type FieldError } from '#functions/platform/errors/domain-errors.ts';
import { type FileProblem, formatProblem } from './instrument-files/problems.ts';

/**
 * Where a problem is, as a field path: the cell as a spreadsheet names it (`Indikator!F7`), the
 * line or column alone when only that is known (`Indikator!7`, `Instrumen!previous_version`), the
 * sheet, or `file` for the file as a whole.
 */
export function problemPath(problem: FileProblem): string {
  if (problem.sheet === undefined) return 'file';
  const column = problem.column?.letter ?? problem.column?.name ?? '';
  const line = problem.line === undefined ? '' : String(problem.line);
  const cell = `${column}${line}`;
  return cell === '' ? problem.sheet : `${problem.sheet}!${cell}`;
}

/**
 * A refused instrument file as the API answers it: 400 `instrument_file_invalid`, one field
 * error per problem, each message led by its place in the file in its own language.
 */
export function instrumentFileRefusal(problems: readonly FileProblem[]): DomainError {
  const fields: FieldError[] = problems.map((problem) => ({
    path: problemPath(problem),
    code: 'instrument_file',
    message: { id: formatProblem(problem, 'id'), en: formatProblem(problem, 'en') },
  }));
  return new DomainError(
    'invalid',
    'instrument_file_invalid',
    {
      id: `Berkas instrumen memuat ${problems.length} masalah; tidak ada yang disimpan.`,
      en: `The instrument file has ${problems.length} problem(s); nothing was stored.`,
    },
    fields,
  );
}

import { describe, expect, it } from 'vitest';
import { instrumentFileRefusal, problemPath } from '#functions/assessment/instrument-file-refusal.ts';
import type { FileProblem } from '#functions/assessment/instrument-files/problems.ts';

const message = { id: 'Isian tidak sah.', en: 'Invalid value.' };

describe('problemPath', () => {
  it.each<[string, FileProblem, string]>([
    [
      'a cell',
      { sheet: 'Indikator', line: 7, column: { letter: 'F', name: 'aspect' }, message },
      'Indikator!F7',
    ],
    ['a line', { sheet: 'Indikator', line: 7, message }, 'Indikator!7'],
    [
      'a column known by name only',
      { sheet: 'Instrumen', column: { name: 'previous_version' }, message },
      'Instrumen!previous_version',
    ],
    ['a sheet', { sheet: 'Pita', message }, 'Pita'],
    ['the whole file', { message }, 'file'],
  ])('names %s as a spreadsheet does', (_, problem, path) => {
    // Act
    const named = problemPath(problem);

    // Assess
    expect(named).toBe(path);
  });
});

describe('instrumentFileRefusal', () => {
  it('answers 400 with one field error per problem, each led by its place in its own language', () => {
    // Prepare
    const problems: FileProblem[] = [
      { sheet: 'Indikator', line: 3, column: { letter: 'AD', name: 'weight' }, message },
      { message: { id: 'Berkas kosong.', en: 'The file is empty.' } },
    ];

    // Act
    const refusal = instrumentFileRefusal(problems);

    // Assess
    expect([refusal.kind, refusal.code]).toEqual(['invalid', 'instrument_file_invalid']);
    expect(refusal.messages.en).toBe('The instrument file has 2 problem(s); nothing was stored.');
    expect(refusal.fields).toEqual([
      {
        path: 'Indikator!AD3',
        code: 'instrument_file',
        message: {
          id: 'Indikator, baris 3, kolom AD (weight): Isian tidak sah.',
          en: 'Indikator, line 3, column AD (weight): Invalid value.',
        },
      },
      { path: 'file', code: 'instrument_file', message: { id: 'Berkas kosong.', en: 'The file is empty.' } },
    ]);
  });
});

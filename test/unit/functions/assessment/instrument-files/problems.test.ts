import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '#functions/assessment/instrument-files/layout.ts';
import { formatProblem, sortProblems } from '#functions/assessment/instrument-files/problems.ts';

const folder = join(import.meta.dirname, '../../../../../functions/assessment/instrument-files');

describe('instrument file problems', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('writes a problem with its place first, in either language', () => {
    // Prepare
    const problem = {
      sheet: 'Indikator' as const,
      line: 7,
      column: { letter: 'D', name: 'aspect' },
      message: { id: 'Aspek tidak dikenal.', en: 'Unknown aspect.' },
    };

    // Act, Assess
    expect(formatProblem(problem, 'id')).toBe('Indikator, baris 7, kolom D (aspect): Aspek tidak dikenal.');
    expect(formatProblem(problem, 'en')).toBe('Indikator, line 7, column D (aspect): Unknown aspect.');
    expect(formatProblem({ message: { id: 'Berkas rusak.', en: 'Broken file.' } }, 'en')).toBe(
      'Broken file.',
    );
  });

  it('lists problems file first, then sheet by sheet, line by line, column by column, each once', () => {
    // Prepare
    const message = { id: 'x', en: 'x' };
    const at = (sheet: 'Instrumen' | 'Indikator' | undefined, line: number, letter: string) => ({
      sheet,
      line,
      column: { letter, name: letter },
      message,
    });

    // Act
    const sorted = sortProblems([
      at('Indikator', 2, 'AB'),
      at('Indikator', 2, 'D'),
      at('Instrumen', 9, 'B'),
      at('Indikator', 2, 'D'),
      { message },
    ]);

    // Assess
    expect(sorted.map((p) => [p.sheet, p.column?.letter])).toEqual([
      [undefined, undefined],
      ['Instrumen', 'B'],
      ['Indikator', 'D'],
      ['Indikator', 'AB'],
    ]);
  });

  it('loads exceljs from xlsx.ts alone, so that CSV and the rows never pull it in', () => {
    const importers = readdirSync(folder).filter((file) =>
      /from 'exceljs'|import\('exceljs'\)/.test(readFileSync(join(folder, file), 'utf8')),
    );
    expect(importers).toEqual(['xlsx.ts']);
  });
});

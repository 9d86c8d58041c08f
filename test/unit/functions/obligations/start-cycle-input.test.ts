import { describe, expect, it } from 'vitest';
import { startCycleInput } from '#functions/obligations/start-cycle.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';

/** The field errors of parsing `input`, as path and code. */
function problems(input: unknown): string[][] {
  try {
    parseInput(startCycleInput, input);
  } catch (error) {
    if (error instanceof DomainError) return (error.fields ?? []).map((f) => [f.path, f.code]);
    throw error;
  }
  return [];
}

describe('the input of starting a cycle', () => {
  it('takes a city, a year and real dates, the close no earlier than the due date', () => {
    expect(problems({ city: 'jambi', year: 2026 })).toEqual([]);
    expect(
      problems({ city: 'jambi', year: 2026, innovationDue: '2026-10-30', innovationCloses: '2026-12-11' }),
    ).toEqual([]);
  });

  it('refuses what the command line can hand over as typed, each on its field', () => {
    expect(problems({ city: 'jambi', year: Number('dua ribu') })).toEqual([['year', 'invalid_type']]);
    expect(problems({ city: 'Jambi Kota', year: 2026, innovationDue: '2026-02-30' })).toEqual([
      ['city', 'invalid_format'],
      ['innovationDue', 'invalid_format'],
    ]);
    expect(
      problems({ city: 'jambi', year: 2026, innovationDue: '2026-10-30', innovationCloses: '2026-10-01' }),
    ).toEqual([['innovationCloses', 'custom']]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import {
  type InstrumentFormat,
  readInstrumentFile,
  writeInstrumentFile,
} from '#functions/assessment/instrument-files/file-format.ts';
import type { FileProblem } from '#functions/assessment/instrument-files/problems.ts';
import { previousInstrument, testInstrument } from './fixture.ts';

const where = (p: FileProblem) => [p.sheet, p.line, p.column?.name];
const lookupOf = (found?: Instrument) => vi.fn(async (_id: string, _version: number) => found);

/** The test instrument's CSV with the `previous_version` row set to `value`. */
const withPreviousVersion = (value: string) =>
  new TextEncoder().encode(
    writeInstrumentCsv(testInstrument).replace(
      /^instrumen,previous_version,1,/m,
      `instrumen,previous_version,${value},`,
    ),
  );

describe('instrument files of either format, with the previous version looked up', () => {
  it.each(['xlsx', 'csv'] as const)(
    'looks up the version a %s file names and reads the instrument against it',
    async (format: InstrumentFormat) => {
      // Prepare
      const previousOf = lookupOf(previousInstrument);

      // Act
      const read = await readInstrumentFile(
        await writeInstrumentFile(testInstrument, format),
        format,
        previousOf,
      );

      // Assess
      expect(read).toStrictEqual({ ok: true, instrument: testInstrument });
      expect(previousOf.mock.calls).toEqual([['smart-city-uji', 1]]);
    },
  );

  it('reports a previous version that is not found at its cell, and each indicator that continues one', async () => {
    // Act
    const file = await writeInstrumentFile(testInstrument, 'csv');
    const read = await readInstrumentFile(file, 'csv', lookupOf(undefined));

    // Assess
    if (read.ok) throw new Error('the file was accepted');
    expect(read.problems[0]).toEqual({
      sheet: 'Instrumen',
      line: 12,
      column: { letter: 'C', name: 'previous_version' },
      message: {
        id: 'Versi 1 instrumen "smart-city-uji" belum tersimpan. Impor versi itu lebih dulu, atau kosongkan previous_version.',
        en: 'Version 1 of instrument "smart-city-uji" is not stored. Import that version first, or leave previous_version empty.',
      },
    });
    expect(read.problems.slice(1).map((p) => [...where(p), p.message.en])).toEqual([
      ['Indikator', 20, 'previous', 'Indicator "gov-ps-01" is not in the previous version.'],
      ['Indikator', 22, 'previous', 'Indicator "eco-tr-01" is not in the previous version.'],
      ['Indikator', 25, 'previous', 'Indicator "env-ws-01" is not in the previous version.'],
    ]);
  });

  it('looks nothing up for a file that names no previous version', async () => {
    // Prepare
    const previousOf = lookupOf(previousInstrument);

    // Act
    const read = await readInstrumentFile(
      await writeInstrumentFile(smartCityInstrument2026, 'csv'),
      'csv',
      previousOf,
    );

    // Assess
    expect(read).toStrictEqual({ ok: true, instrument: smartCityInstrument2026 });
    expect(previousOf).not.toHaveBeenCalled();
  });

  it.each([
    ['not below the version', '2', 'The previous version must be lower than version 2, not 2.'],
    ['not a number', 'satu', '"satu" is not a number.'],
  ])('looks nothing up for a previous version %s, and reports it at its cell', async (_, value, message) => {
    // Prepare
    const previousOf = lookupOf(previousInstrument);

    // Act
    const read = await readInstrumentFile(withPreviousVersion(value), 'csv', previousOf);

    // Assess
    expect(previousOf).not.toHaveBeenCalled();
    if (read.ok) throw new Error('the file was accepted');
    expect(read.problems.map((p) => [...where(p), p.message.en])[0]).toEqual([
      'Instrumen',
      12,
      'previous_version',
      message,
    ]);
  });

  it('judges no indicator against a previous version it cannot read', async () => {
    // Act
    const read = await readInstrumentFile(withPreviousVersion('satu'), 'csv', lookupOf(previousInstrument));

    // Assess
    if (read.ok) throw new Error('the file was accepted');
    expect(read.problems.map(where)).toEqual([['Instrumen', 12, 'previous_version']]);
  });

  it('looks nothing up in a file it cannot open', async () => {
    // Prepare
    const previousOf = lookupOf(previousInstrument);

    // Act
    const read = await readInstrumentFile(new TextEncoder().encode('not a workbook'), 'xlsx', previousOf);

    // Assess
    expect(previousOf).not.toHaveBeenCalled();
    expect(read.ok).toBe(false);
  });

  it('writes CSV as UTF-8 bytes with a BOM', async () => {
    // Act
    const file = await writeInstrumentFile(testInstrument, 'csv');

    // Assess
    expect([...file.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(file)).toBe(writeInstrumentCsv(testInstrument).slice(1));
  });
});

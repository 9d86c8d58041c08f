import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportInstrument, importInstrument } from '#functions/assessment/import-instrument.ts';
import { writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import {
  readInstrumentFile,
  writeInstrumentFile,
} from '#functions/assessment/instrument-files/file-format.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { previousInstrument, testInstrument } from './instrument-files/fixture.ts';
import { memoryInstrumentStore } from './memory-instrument-store.ts';

/** The import's deps around a store: a fixed clock, and ids of its own. */
const importerOf = (instruments: InstrumentStore) => ({
  instruments,
  clock: fixedClock('2026-03-02T01:00:00.000Z'),
  newId: randomUUID,
});

const city = 'jambi';

/** A store in which Kota Jambi holds version 1 of the test family. */
async function storeWithVersion1() {
  const store = memoryInstrumentStore();
  await store.put(city, previousInstrument);
  return store;
}

describe('importInstrument', () => {
  it.each(['xlsx', 'csv'] as const)(
    'stores a valid %s file, then finds the same file stored already',
    async (format) => {
      // Prepare
      const store = await storeWithVersion1();
      const file = await writeInstrumentFile(testInstrument, format);

      // Act
      const first = await importInstrument(importerOf(store), 'admin', city, file, format);
      const again = await importInstrument(importerOf(store), 'admin', city, file, format);

      // Assess
      expect(first).toStrictEqual({ ok: true, instrument: testInstrument, put: 'stored' });
      expect(again).toStrictEqual({ ok: true, instrument: testInstrument, put: 'unchanged' });
      expect(await store.get(city, testInstrument.id, 2)).toStrictEqual(testInstrument);
      expect(store.writes()).toBe(2);
    },
  );

  it("checks the previous version against the city's own versions, not another city's", async () => {
    // Prepare: only Kota Sungai Penuh holds version 1
    const store = memoryInstrumentStore();
    await store.put('sungai-penuh', previousInstrument);

    // Act
    const read = await importInstrument(
      importerOf(store),
      'admin',
      city,
      await writeInstrumentFile(testInstrument, 'csv'),
      'csv',
    );

    // Assess
    if (read.ok) throw new Error('the file was accepted');
    expect(read.problems[0]?.message.en).toBe(
      'Version 1 of instrument "smart-city-uji" is not stored. Import that version first, or leave previous_version empty.',
    );
    expect(await store.versions(city, testInstrument.id)).toEqual([]);
  });

  it('stores nothing from a file with a problem, and returns every problem', async () => {
    // Prepare
    const store = await storeWithVersion1();
    const file = writeInstrumentCsv(testInstrument)
      .replace(',outcome,', ',hasil,')
      .replace(',env-ws-01\n', ',env-xx-09\n');

    // Act
    const read = await importInstrument(
      importerOf(store),
      'admin',
      city,
      new TextEncoder().encode(file),
      'csv',
    );

    // Assess
    if (read.ok) throw new Error('the file was accepted');
    expect(read.problems.map((p) => [p.sheet, p.line, p.column?.name])).toEqual([
      ['Indikator', 22, 'aspect'],
      ['Indikator', 25, 'previous'],
    ]);
    expect(await store.versions(city, testInstrument.id)).toEqual([1]);
    expect(store.writes()).toBe(1);
  });

  it('refuses a version the city holds with other content, and keeps what it holds', async () => {
    // Prepare
    const store = await storeWithVersion1();
    await store.put(city, { ...testInstrument, year: 2027 });

    // Act
    const importing = importInstrument(
      importerOf(store),
      'admin',
      city,
      await writeInstrumentFile(testInstrument, 'csv'),
      'csv',
    );

    // Assess
    await expect(importing).rejects.toMatchObject({ kind: 'conflict', code: 'instrument_version_taken' });
    expect((await store.get(city, testInstrument.id, 2))?.year).toBe(2027);
  });
});

describe('exportInstrument', () => {
  it.each(['xlsx', 'csv'] as const)(
    "writes the family's latest version as %s unless a version is named",
    async (format) => {
      // Prepare
      const store = await storeWithVersion1();
      await store.put(city, testInstrument);
      const fromStore = (id: string, version: number) => store.get(city, id, version);

      // Act
      const latest = await exportInstrument(store, city, testInstrument.id, undefined, format);
      const first = await exportInstrument(store, city, testInstrument.id, 1, format);

      // Assess
      expect(await readInstrumentFile(latest, format, fromStore)).toStrictEqual({
        ok: true,
        instrument: testInstrument,
      });
      expect(await readInstrumentFile(first, format, fromStore)).toStrictEqual({
        ok: true,
        instrument: previousInstrument,
      });
    },
  );

  it.each([
    [
      'a version the city does not hold',
      'jambi',
      3,
      'Version 3 of instrument "smart-city-uji" was not found.',
    ],
    ["another city's instrument", 'sungai-penuh', undefined, 'Instrument "smart-city-uji" was not found.'],
  ])('refuses %s as not found', async (_, from, version, message) => {
    // Prepare
    const store = await storeWithVersion1();

    // Act
    const exporting = exportInstrument(store, from, testInstrument.id, version, 'csv');

    // Assess
    const refusal = await exporting.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'not_found', code: 'instrument_not_found', message });
  });
});

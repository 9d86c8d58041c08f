import { stableHash } from '#forms/engine/stable-hash.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { instrumentRefusals } from '#functions/assessment/instrument-refusals.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';

/**
 * An instrument store in memory, with the DynamoDB store's rules (a version never changes, the
 * same content again is `unchanged`), for use cases tested without the table. `writes` counts
 * the versions it stored.
 */
export function memoryInstrumentStore(): InstrumentStore & { writes: () => number } {
  const versions = new Map<string, { instrument: Instrument; hash: string }>();
  const key = (city: string, id: string, version: number) => JSON.stringify([city, id, version]);
  const ofCity = (city: string) =>
    [...versions.entries()]
      .filter(([k]) => (JSON.parse(k) as [string])[0] === city)
      .map(([, stored]) => stored.instrument)
      .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  let writes = 0;
  return {
    put: async (city, instrument) => {
      const hash = stableHash(instrument);
      const stored = versions.get(key(city, instrument.id, instrument.version));
      if (stored?.hash === hash) return 'unchanged';
      if (stored) throw instrumentRefusals.versionTaken(instrument.id, instrument.version);
      versions.set(key(city, instrument.id, instrument.version), {
        instrument: structuredClone(instrument),
        hash,
      });
      writes++;
      return 'stored';
    },
    get: async (city, id, version) => versions.get(key(city, id, version))?.instrument,
    latest: async (city, id) =>
      ofCity(city)
        .filter((i) => i.id === id)
        .at(-1),
    versions: async (city, id) =>
      ofCity(city)
        .filter((i) => i.id === id)
        .map((i) => i.version),
    list: async (city) =>
      ofCity(city).map(({ id, version, year, title, indicators }) => ({
        id,
        version,
        year,
        title,
        indicatorCount: indicators.length,
      })),
    writes: () => writes,
  };
}

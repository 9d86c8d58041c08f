import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import type { Opd } from '#functions/directory/model.ts';
import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import { demoCity, demoOpds } from './demo-city.ts';
import { demoOpdRecords, secretaryId, seededPeople } from './demo-people.ts';

export interface SeedOptions {
  /** OPDs beyond the real ones, named `opd-0001`...: for measuring how the engine scales. */
  extraOpds?: number;
  onProgress?: (done: number, total: number) => void;
  /** Where the demo instrument goes, Kota Jambi's 2026 Smart City instrument; without it, none is stored. */
  instruments?: InstrumentStore;
}

/**
 * Kota Jambi for the embedded runtime: the city (WIB), its agencies and districts, and for each
 * an operator and a head, plus the demo people and the city secretary, and, given the store, the
 * 2026 Smart City instrument. Everything is a put of a fixed id (the instrument a published
 * version, unchanged when put again), so seeding twice changes nothing.
 */
export async function seedDemoCity(
  directory: DirectoryStore,
  people: PeopleStore,
  options: SeedOptions = {},
) {
  const city = demoCity.id;
  await directory.putCity({
    city,
    name: demoCity.name,
    timeZone: demoCity.timeZone,
    secretary: secretaryId,
    team: { name: `Tim Smart City ${demoCity.name}`, email: 'smartcity@example.org' },
  });
  const extra = Array.from({ length: options.extraOpds ?? 0 }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return { id: `opd-${n}`, name: `OPD Uji ${n}`, kind: 'dinas' as const };
  });
  const opds: Opd[] = demoOpdRecords(city, [...demoOpds, ...extra]);
  const everyone = seededPeople(city, opds);
  const total = opds.length + everyone.length;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);
  for (const opd of opds) {
    await directory.putOpd(opd);
    step();
  }
  for (const person of everyone) {
    await people.put(person);
    step();
  }
  const instrument = await options.instruments?.put(city, smartCityInstrument2026);
  return { city, opds: opds.length, people: everyone.length, instrument };
}

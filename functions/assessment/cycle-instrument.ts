import type { Instrument } from '#forms/instrument/model.ts';
import { BoundedMap } from '#functions/platform/memory/bounded-map.ts';

/** The instrument family the self-assessment is filled on. */
export const selfAssessmentInstrument = 'smart-city';

/**
 * What the self-assessment reads of the stored instruments (`InstrumentStore`): a published
 * version never changes, so a version once read can be kept.
 */
export interface InstrumentReader {
  get(city: string, id: string, version: number): Promise<Instrument | undefined>;
  versions(city: string, id: string): Promise<readonly number[]>;
}

/** Versions kept per store, per process; far more than a city publishes in years. */
const keptByStore = new WeakMap<InstrumentReader, BoundedMap<Instrument>>();
const keptLimit = 64;

/** Version `version` of the city's instrument, read once per store and process (a published version never changes). */
export async function instrumentVersion(
  instruments: InstrumentReader,
  city: string,
  version: number,
): Promise<Instrument | undefined> {
  const kept = keptByStore.get(instruments) ?? new BoundedMap<Instrument>(keptLimit);
  keptByStore.set(instruments, kept);
  const key = `${city}#${version}`;
  const known = kept.get(key);
  if (known) return known;
  const instrument = await instruments.get(city, selfAssessmentInstrument, version);
  if (instrument) kept.set(key, instrument);
  return instrument;
}

/**
 * The instrument a city's OPDs assess themselves on in the cycle `year`: the highest stored version
 * written for that year, or none (then no OPD owes a self-assessment that year). Without `year`,
 * the highest version of all.
 */
export async function instrumentOfYear(
  instruments: InstrumentReader,
  city: string,
  year?: number,
): Promise<Instrument | undefined> {
  const versions = [...(await instruments.versions(city, selfAssessmentInstrument))].sort((a, b) => b - a);
  for (const version of versions) {
    const instrument = await instrumentVersion(instruments, city, version);
    if (instrument && (year === undefined || instrument.year === year)) return instrument;
    if (instrument && year !== undefined && instrument.year < year) return undefined;
  }
  return undefined;
}

/** The instruments port among a function's ports (`OwedContext.ports`), or a clear failure. */
export function instrumentsIn(ports: object): InstrumentReader {
  const instruments = (ports as { instruments?: InstrumentReader }).instruments;
  if (!instruments) throw new Error('The instruments store is not among the ports of this function');
  return instruments;
}

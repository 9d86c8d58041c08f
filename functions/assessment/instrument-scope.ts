import type { Instrument } from '#forms/instrument/model.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { canReadInstruments } from './instrument-access.ts';
import { instrumentRefusals } from './instrument-refusals.ts';
import type { InstrumentStore, InstrumentSummary } from './instrument-store.ts';

/*
 * The instrument use cases for a signed-in caller (the API and the pages): who may call them
 * (`instrument-access.ts`), and only on the caller's own city's instruments. Reading a file in or
 * out is `instrument-file-scope.ts`, apart, so that what never reads a spreadsheet never loads
 * its library. The CLI calls `import-instrument.ts` directly.
 */

/** Refuses a caller who may not read the city's instruments. */
export function assertReader(identity: Identity) {
  if (!canReadInstruments(identity)) throw refusals.forbidden();
}

/** Every stored version of the caller's city. */
export async function listCityInstruments(
  store: InstrumentStore,
  identity: Identity,
): Promise<InstrumentSummary[]> {
  assertReader(identity);
  return store.list(identity.city);
}

/** One stored version of the caller's city. */
export async function readCityInstrument(
  store: InstrumentStore,
  identity: Identity,
  id: string,
  version: number,
): Promise<Instrument> {
  assertReader(identity);
  const instrument = await store.get(identity.city, id, version);
  if (!instrument) throw instrumentRefusals.notFound(id, version);
  return instrument;
}

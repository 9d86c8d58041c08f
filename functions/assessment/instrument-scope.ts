import type { Instrument } from '#forms/instrument/model.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import {
  exportInstrument,
  type InstrumentImportDeps,
  type InstrumentImportOutcome,
  importInstrument,
} from './import-instrument.ts';
import { canPublishInstruments, canReadInstruments } from './instrument-access.ts';
import {
  type InstrumentFormat,
  instrumentFileName,
  instrumentMediaTypes,
} from './instrument-files/file-format.ts';
import { instrumentRefusals } from './instrument-refusals.ts';
import type { InstrumentStore, InstrumentSummary } from './instrument-store.ts';

/*
 * The instrument use cases for a signed-in caller (the API and the pages): who may call them
 * (`instrument-access.ts`), and only on the caller's own city's instruments. The CLI calls
 * `import-instrument.ts` directly.
 */

function assertReader(identity: Identity) {
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

/** A file to download: its name, media type and bytes. */
export interface InstrumentFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** One stored version of the caller's city as a file, in the layout import reads. */
export async function exportCityInstrument(
  store: InstrumentStore,
  identity: Identity,
  id: string,
  version: number,
  format: InstrumentFormat,
): Promise<InstrumentFile> {
  assertReader(identity);
  return {
    fileName: instrumentFileName(id, version, format),
    contentType: instrumentMediaTypes[format],
    bytes: await exportInstrument(store, identity.city, id, version, format),
  };
}

/**
 * Publishes an instrument file for the caller's city (admins only; see `importInstrument`): the
 * version is stored and audited, or found stored already, or every problem of the file comes back.
 */
export async function publishCityInstrument(
  deps: InstrumentImportDeps,
  identity: Identity,
  file: Uint8Array,
  format: InstrumentFormat,
): Promise<InstrumentImportOutcome> {
  if (!canPublishInstruments(identity)) throw refusals.forbidden();
  return importInstrument(deps, identity.subject, identity.city, file, format);
}

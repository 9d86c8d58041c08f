import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import {
  exportInstrument,
  type InstrumentImportDeps,
  type InstrumentImportOutcome,
  importInstrument,
} from './import-instrument.ts';
import { canPublishInstruments } from './instrument-access.ts';
import {
  type InstrumentFormat,
  instrumentFileName,
  instrumentMediaTypes,
} from './instrument-files/file-format.ts';
import { assertReader } from './instrument-scope.ts';
import type { InstrumentStore } from './instrument-store.ts';

/*
 * The instrument spreadsheets for a signed-in caller: a stored version downloaded (admins and
 * evaluators), a file published (admins), each on the caller's own city only.
 */

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

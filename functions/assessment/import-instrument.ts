import type { Instrument } from '#forms/instrument/model.ts';
import {
  type InstrumentFormat,
  readInstrumentFile,
  writeInstrumentFile,
} from './instrument-files/file-format.ts';
import type { FileRefused } from './instrument-files/problems.ts';
import { instrumentRefusals } from './instrument-refusals.ts';
import type { InstrumentPut, InstrumentStore } from './instrument-store.ts';

/** What an import did: the instrument stored (or found stored already, unchanged), or the file refused. */
export type InstrumentImportOutcome =
  | { readonly ok: true; readonly instrument: Instrument; readonly put: InstrumentPut }
  | FileRefused;

/**
 * Imports an instrument file for `city`, as an admin uploads it: read in its format (see
 * `instrument-files/layout.ts`), checked by `checkInstrument` against the city's stored version
 * that its `previous_version` names (which must exist, and hold every indicator a `previous` id
 * names), then stored. Only a file without any problem is stored; otherwise nothing is, and every
 * problem comes back, each in both languages and, where it is known, at its sheet, line and column.
 * Importing a version stored already with the same content stores nothing and is `unchanged`.
 *
 * @throws DomainError `conflict` (`instrument_version_taken`) when the city holds the version with
 *   other content; `unprocessable` when the instrument is too large for the store.
 */
export async function importInstrument(
  store: InstrumentStore,
  city: string,
  file: Uint8Array,
  format: InstrumentFormat,
): Promise<InstrumentImportOutcome> {
  const read = await readInstrumentFile(file, format, (id, version) => store.get(city, id, version));
  if (!read.ok) return read;
  return { ok: true, instrument: read.instrument, put: await store.put(city, read.instrument) };
}

/**
 * A stored version of an instrument of `city` as a file of the format, in the layout import reads:
 * `version`, or the family's latest when it is undefined.
 *
 * @throws DomainError `not_found` (`instrument_not_found`) when the city has no such version.
 */
export async function exportInstrument(
  store: InstrumentStore,
  city: string,
  id: string,
  version: number | undefined,
  format: InstrumentFormat,
): Promise<Uint8Array> {
  const instrument =
    version === undefined ? await store.latest(city, id) : await store.get(city, id, version);
  if (instrument === undefined) throw instrumentRefusals.notFound(id, version);
  return writeInstrumentFile(instrument, format);
}

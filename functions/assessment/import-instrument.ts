import type { Instrument } from '#forms/instrument/model.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { reviewAudit } from './audit-events.ts';
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

/** What an import needs: the city's instruments, and the clock and ids of its audit event. */
export interface InstrumentImportDeps {
  readonly instruments: InstrumentStore;
  readonly clock: Clock;
  readonly newId: () => string;
}

/** The audit entity id of a version: `<family>@<version>`. */
export const instrumentEntityId = (id: string, version: number) => `${id}@${version}`;

/**
 * Imports an instrument file for `city`, as an admin (`actor`) uploads it: read in its format (see
 * `instrument-files/layout.ts`), checked by `checkInstrument` against the city's stored version
 * that its `previous_version` names (which must exist, and hold every indicator a `previous` id
 * names), then stored. Only a file without any problem is stored; otherwise nothing is, and every
 * problem comes back, each in both languages and, where it is known, at its sheet, line and column.
 * Importing a version stored already with the same content stores nothing and is `unchanged`.
 * A stored version is audited (`instrument.published`) in the same transaction.
 *
 * @throws DomainError `conflict` (`instrument_version_taken`) when the city holds the version with
 *   other content; `unprocessable` when the instrument is too large for the store.
 */
export async function importInstrument(
  deps: InstrumentImportDeps,
  actor: string,
  city: string,
  file: Uint8Array,
  format: InstrumentFormat,
): Promise<InstrumentImportOutcome> {
  const store = deps.instruments;
  const read = await readInstrumentFile(file, format, (id, version) => store.get(city, id, version));
  if (!read.ok) return read;
  const { instrument } = read;
  const audit = reviewAudit.event('instrument.published', {
    eventId: deps.newId(),
    at: deps.clock.now().toISOString(),
    actor,
    city,
    opd: '-',
    entityId: instrumentEntityId(instrument.id, instrument.version),
    before: null,
    after: {
      id: instrument.id,
      version: instrument.version,
      year: instrument.year,
      indicatorCount: instrument.indicators.length,
      format,
      bytes: file.byteLength,
    },
  });
  return { ok: true, instrument, put: await store.put(city, instrument, audit) };
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

import type { Instrument } from '#forms/instrument/model.ts';
import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/*
 * The store of a city's instruments, as the import, the export and the seed speak to it; its
 * DynamoDB implementation is `store/instrument-store.ts`. Each city keeps its own: the same family
 * and version may hold different instruments in two cities.
 */

/** A stored version of an instrument, as a listing shows it. */
export interface InstrumentSummary {
  readonly id: string;
  readonly version: number;
  readonly year: number;
  readonly title: Bilingual;
  readonly indicatorCount: number;
}

/** What a put did: stored the version, or found it stored already with the same content. */
export type InstrumentPut = 'stored' | 'unchanged';

export interface InstrumentStore {
  /**
   * Stores a version of an instrument for `city`, checked beforehand (`checkInstrument`). A
   * published version never changes: putting the same content again writes nothing and is
   * `unchanged`, whatever order its keys were written in. `audit`, the event of an admin's import,
   * is written in the same transaction as the version, and only when the version is stored.
   * @throws DomainError `conflict` (`instrument_version_taken`) when the id and version hold
   *   different content; `unprocessable` (`instrument_too_large`) when the instrument is beyond
   *   what one item holds, or (`instrument_version_too_high`) its version beyond what a key holds.
   */
  put(city: string, instrument: Instrument, audit?: AuditRecord): Promise<InstrumentPut>;
  /** A version of a family, read consistently. */
  get(city: string, id: string, version: number): Promise<Instrument | undefined>;
  /** The family's highest version. */
  latest(city: string, id: string): Promise<Instrument | undefined>;
  /** The family's versions, lowest first; empty when the city has none. */
  versions(city: string, id: string): Promise<number[]>;
  /** Every version of every family of the city, by family id, then version. */
  list(city: string): Promise<InstrumentSummary[]>;
}

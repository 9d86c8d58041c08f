import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';

/** The refusals of the instrument store and its use cases, each with its stable code and both languages. */
export const instrumentRefusals = {
  /** No such version (or no version at all) of the family in the city. */
  notFound: (id: string, version?: number) =>
    refusals.notFound(
      version === undefined
        ? { id: `Instrumen "${id}"`, en: `Instrument "${id}"` }
        : { id: `Versi ${version} instrumen "${id}"`, en: `Version ${version} of instrument "${id}"` },
      'instrument_not_found',
    ),

  /** A published version never changes: its id and version hold other content. */
  versionTaken: (id: string, version: number) =>
    refusals.conflict('instrument_version_taken', {
      id: `Versi ${version} instrumen "${id}" sudah tersimpan dengan isi yang lain. Versi yang sudah terbit tidak berubah: simpan perubahan sebagai versi baru (naikkan version).`,
      en: `Version ${version} of instrument "${id}" is already stored with different content. A published version never changes: store the changes as a new version (raise version).`,
    }),

  /** The instrument would not fit in one item of the table. */
  tooLarge: (id: string, version: number, bytes: number, maxBytes: number) =>
    new DomainError('unprocessable', 'instrument_too_large', {
      id: `Versi ${version} instrumen "${id}" terlalu besar untuk disimpan: ${Math.ceil(bytes / 1024)} KB, paling besar ${maxBytes / 1024} KB. Persingkat teksnya atau kurangi indikatornya.`,
      en: `Version ${version} of instrument "${id}" is too large to store: ${Math.ceil(bytes / 1024)} KB, at most ${maxBytes / 1024} KB. Shorten its texts or use fewer indicators.`,
    }),

  /** The version is beyond what a key holds. */
  versionTooHigh: (version: number, maxVersion: number) =>
    new DomainError('unprocessable', 'instrument_version_too_high', {
      id: `Versi ${version} terlalu tinggi: paling tinggi ${maxVersion}.`,
      en: `Version ${version} is too high: at most ${maxVersion}.`,
    }),
} as const;

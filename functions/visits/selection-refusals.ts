import { type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

const field = (path: string, code: string, message: Bilingual): FieldError => ({ path, code, message });

/** The refusals of the selection's commands, each with its stable code and both languages. */
export const selectionRefusals = {
  notFound: () =>
    refusals.notFound(
      { id: 'Pengumuman pemilihan OPD', en: 'The announcement of the selection' },
      'selection_not_found',
    ),

  /** The cycle's announcement is made once: after it, the pool cannot change. */
  announced: () =>
    refusals.conflict('selection_announced', {
      id: 'Pemilihan OPD siklus ini sudah diumumkan; pengumuman tidak dapat diubah.',
      en: "This cycle's selection is announced already; an announcement cannot change.",
    }),

  /** Before the draw date the sources' values are not all known. */
  tooEarly: (drawDate: string) =>
    refusals.conflict('draw_too_early', {
      id: `Undian baru dapat dilakukan mulai ${drawDate}, setelah nilai semua sumber diumumkan.`,
      en: `The draw can be made from ${drawDate}, once every source's value is published.`,
    }),

  /** Someone changed the selection meanwhile. */
  stale: () =>
    refusals.conflict('stale_revision', {
      id: 'Pemilihan ini telah diubah oleh orang lain. Muat ulang, lalu coba lagi.',
      en: 'This selection was changed by someone else. Reload it, then try again.',
    }),

  /** A redraw would move visits whose dates are already proposed or agreed. */
  visitsScheduled: () =>
    refusals.conflict('visits_scheduled', {
      id: 'Undian ulang tidak dapat dilakukan: jadwal kunjungan sudah diusulkan atau dikonfirmasi.',
      en: 'The draw cannot be made again: visit dates are already proposed or confirmed.',
    }),

  sourceDate: (i: number, today: string) =>
    field(`sources.${i}.expected`, 'source_known', {
      id: `Nilai sumber harus belum diketahui: tanggalnya harus setelah hari ini (${today}).`,
      en: `A source's value must not be known yet: its date must be after today (${today}).`,
    }),
  drawBeforeSource: (latest: string) =>
    field('drawDate', 'draw_before_source', {
      id: `Tanggal undian paling awal ${latest}, tanggal sumber terakhir.`,
      en: `The draw date is ${latest} at the earliest, the date of the last source.`,
    }),
  unknownOpd: (i: number, opd: string) =>
    field(`alwaysVisited.${i}.opd`, 'unknown_opd', {
      id: `OPD "${opd}" tidak ada di kota ini.`,
      en: `There is no OPD "${opd}" in this city.`,
    }),
  countTooHigh: (poolSize: number) =>
    field('count', 'count_too_high', {
      id: `Pool hanya memuat ${poolSize} OPD: paling banyak ${poolSize} yang dapat diundi.`,
      en: `The pool holds ${poolSize} OPDs only: at most ${poolSize} can be drawn.`,
    }),
  valueCount: (expected: number) =>
    field('values', 'value_count', {
      id: `Isikan nilai ${expected} sumber, sesuai urutan pengumuman.`,
      en: `Give the values of ${expected} sources, in the order announced.`,
    }),
  badValue: (i: number) =>
    field(`values.${i}`, 'not_whole_numbers', {
      id: 'Isikan bilangan bulat saja, dipisah spasi atau koma (misalnya 2, 5, 12).',
      en: 'Give whole numbers only, separated by spaces or commas (for example 2, 5, 12).',
    }),
  reasonRequired: () =>
    field('reason', 'reason_required', {
      id: 'Undian ulang memerlukan alasan; undian sebelumnya tetap ditampilkan.',
      en: 'A redraw needs a reason; the earlier draw stays shown.',
    }),
} as const;

import { type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';

const field = (path: string, code: string, message: Bilingual): FieldError => ({ path, code, message });

/** The refusals of the visits' commands, each with its stable code and both languages. */
export const visitRefusals = {
  notFound: () =>
    refusals.notFound({ id: 'Kunjungan evaluasi', en: 'The evaluation visit' }, 'visit_not_found'),

  stale: () =>
    refusals.conflict('stale_revision', {
      id: 'Kunjungan ini telah diubah oleh orang lain. Muat ulang, lalu coba lagi.',
      en: 'This visit was changed by someone else. Reload it, then try again.',
    }),

  cancelled: () =>
    refusals.conflict('visit_cancelled', {
      id: 'Kunjungan ini dibatalkan oleh undian ulang.',
      en: 'This visit was cancelled by a redraw.',
    }),

  /** Confirming needs a date the other side proposed. */
  nothingToConfirm: () =>
    refusals.conflict('nothing_to_confirm', {
      id: 'Belum ada usulan jadwal dari pihak lain yang dapat dikonfirmasi.',
      en: 'There is no date proposed by the other side to confirm.',
    }),

  noCycle: () =>
    refusals.conflict('no_cycle', {
      id: 'Siklus evaluasi tahun ini belum dimulai.',
      en: "This year's evaluation cycle has not started.",
    }),

  /** Findings are recorded against the OPD's self-assessment: without one there is nothing to record on. */
  noSelfAssessment: () =>
    refusals.conflict('no_self_assessment', {
      id: 'OPD ini belum mengirim penilaian mandiri; temuan dicatat per indikator penilaian mandiri.',
      en: 'This OPD has not sent its self-assessment; findings are recorded per indicator of it.',
    }),

  findingsBeforeVisit: (date: string) =>
    refusals.conflict('findings_before_visit', {
      id: `Temuan dicatat pada atau setelah hari kunjungan (${formatLongDate(date, 'id')}).`,
      en: `Findings are recorded on or after the day of the visit (${formatLongDate(date, 'en')}).`,
    }),

  notConfirmed: () =>
    refusals.conflict('visit_not_confirmed', {
      id: 'Temuan dicatat setelah jadwal kunjungan dikonfirmasi.',
      en: 'Findings are recorded once the visit date is confirmed.',
    }),

  outsideWindow: (opens: string, closes: string) =>
    field('date', 'outside_window', {
      id: `Kunjungan dilakukan antara ${formatLongDate(opens, 'id')} dan ${formatLongDate(closes, 'id')}.`,
      en: `Visits take place between ${formatLongDate(opens, 'en')} and ${formatLongDate(closes, 'en')}.`,
    }),
  notWorkingDay: () =>
    field('date', 'not_working_day', {
      id: 'Tanggal ini bukan hari kerja (akhir pekan, hari libur nasional atau cuti bersama).',
      en: 'This date is not a working day (a weekend, a national holiday or collective leave).',
    }),
  notAhead: (today: string) =>
    field('date', 'date_not_ahead', {
      id: `Usulkan tanggal setelah hari ini (${formatLongDate(today, 'id')}).`,
      en: `Propose a date after today (${formatLongDate(today, 'en')}).`,
    }),
  proposalPassed: (date: string) =>
    field('date', 'proposal_passed', {
      id: `Tanggal yang diusulkan (${formatLongDate(date, 'id')}) sudah lewat; mohon usulkan tanggal lain.`,
      en: `The date proposed (${formatLongDate(date, 'en')}) has passed; please propose another.`,
    }),
  endBeforeStart: () =>
    field('end', 'end_before_start', {
      id: 'Jam selesai harus setelah jam mulai.',
      en: 'The end time must be after the start time.',
    }),
} as const;

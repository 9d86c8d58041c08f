import { DomainError, type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';

const field = (path: string, code: string, message: Bilingual): FieldError => ({ path, code, message });

/** The refusals of the risk register's commands, each with its stable code and both languages. */
export const riskRefusals = {
  noCycle: (year: number) =>
    refusals.notFound({ id: `Siklus ${year}`, en: `The ${year} cycle` }, 'cycle_not_found'),
  planNotFound: () =>
    refusals.notFound({ id: 'Rencana register risiko', en: 'The risk register plan' }, 'risk_plan_not_found'),
  registerNotFound: () =>
    refusals.notFound(
      { id: 'Register risiko OPD ini', en: "This OPD's risk register" },
      'risk_register_not_found',
    ),
  noPhase: () =>
    refusals.conflict('no_risk_phase', {
      id: 'Siklus ini tidak memiliki tahap register risiko.',
      en: 'This cycle has no risk register phase.',
    }),
  chosen: () =>
    refusals.conflict('quick_wins_chosen', {
      id: 'Program quick win siklus ini sudah dipilih; pilihan tidak dapat diubah.',
      en: "This cycle's quick-win programs are chosen already; the choice cannot change.",
    }),
  phaseDue: (due: string) =>
    refusals.conflict('risk_phase_due', {
      id: `Tenggat register risiko siklus ini sudah lewat (${formatLongDate(due, 'id')}); program quick win tidak dapat ditetapkan lagi.`,
      en: `This cycle's risk registers were due on ${formatLongDate(due, 'en')}; quick-win programs can no longer be set.`,
    }),
  /** Only a submitted register is reviewed: an open, accepted or waived one is not. */
  notSubmitted: () =>
    refusals.conflict('risk_register_not_submitted', {
      id: 'Register risiko ini tidak sedang menunggu tinjauan; tidak ada yang perlu diputuskan.',
      en: 'This risk register is not awaiting review: there is nothing to decide.',
    }),
  /** A reviewer who works for the OPD whose register it is, or declared a conflict with it. */
  ownOpd: () =>
    new DomainError('forbidden', 'own_opd', {
      id: 'Anda tidak dapat meninjau register risiko OPD tempat Anda bekerja atau yang memiliki benturan kepentingan dengan Anda.',
      en: 'You cannot review the risk register of an OPD you work for or have a conflict of interest with.',
    }),
  noPrograms: () =>
    field('programs', 'no_programs', {
      id: 'Tandai sedikitnya satu program quick win.',
      en: 'Mark at least one quick-win program.',
    }),
  unknownInnovation: (i: number) =>
    field(`programs.${i}`, 'unknown_innovation', {
      id: 'Inovasi ini tidak ada di antara laporan inovasi OPD tahun ini.',
      en: "This innovation is not among the OPDs' innovation reports of the year.",
    }),
  innovationTwice: (i: number) =>
    field(`programs.${i}`, 'innovation_twice', {
      id: 'Satu inovasi hanya dapat dipilih satu kali.',
      en: 'One innovation can be chosen once only.',
    }),
  /** A revision's due date that is no working day of the cycle, or outside its years. */
  invalidDue: (problems: readonly FieldError[]) =>
    new DomainError(
      'invalid',
      'invalid_due_date',
      {
        id: 'Tenggat revisi harus hari kerja setelah hari ini, pada tahun siklus atau tahun berikutnya.',
        en: "The revision's due date must be a working day after today, in the cycle's year or the next.",
      },
      problems,
    ),
  dueNotAfterToday: (today: string) =>
    refusals.invalid([
      field('due', 'due_not_after_today', {
        id: `Tenggat revisi harus setelah hari ini (${formatLongDate(today, 'id')}).`,
        en: `The revision's due date must be after today (${formatLongDate(today, 'en')}).`,
      }),
    ]),
} as const;

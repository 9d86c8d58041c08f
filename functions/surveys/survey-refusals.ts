import type { FormError } from '#forms/engine/messages.ts';
import { DomainError, type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

const field = (path: string, code: string, message: Bilingual): FieldError => ({ path, code, message });

/** The refusals of the surveys' commands, each with its stable code and both languages. */
export const surveyRefusals = {
  /** No program has this code, or it is not this city's: the public learns nothing else. */
  programNotFound: () =>
    refusals.notFound({ id: 'Survei program', en: 'The program survey' }, 'survey_not_found'),
  planNotFound: () =>
    refusals.notFound({ id: 'Rencana survei dampak', en: 'The impact survey plan' }, 'impact_plan_not_found'),
  noCycle: (year: number) =>
    refusals.notFound({ id: `Siklus ${year}`, en: `The ${year} cycle` }, 'cycle_not_found'),
  noPhase: () =>
    refusals.conflict('no_impact_phase', {
      id: 'Siklus ini tidak memiliki tahap survei dampak.',
      en: 'This cycle has no impact survey phase.',
    }),
  chosen: () =>
    refusals.conflict('impact_programs_chosen', {
      id: 'Program survei dampak siklus ini sudah dipilih; pilihan tidak dapat diubah.',
      en: "This cycle's impact survey programs are chosen already; the choice cannot change.",
    }),
  /** Obligations opened now could no longer be met. */
  phaseClosed: (closes: string) =>
    refusals.conflict('impact_phase_closed', {
      id: `Tahap survei dampak siklus ini sudah ditutup pada ${closes}; program tidak dapat dipilih lagi.`,
      en: `This cycle's impact survey phase closed on ${closes}; programs can no longer be chosen.`,
    }),
  stale: () =>
    refusals.conflict('stale_revision', {
      id: 'Rencana survei ini telah diubah oleh orang lain. Muat ulang, lalu coba lagi.',
      en: 'This survey plan was changed by someone else. Reload it, then try again.',
    }),
  closed: (closes: string) =>
    refusals.conflict('survey_closed', {
      id: `Survei ini sudah ditutup pada ${closes}. Terima kasih atas perhatian Anda.`,
      en: `This survey closed on ${closes}. Thank you for your interest.`,
    }),
  alreadyAnswered: () =>
    refusals.conflict('already_answered', {
      id: 'Tanggapan dari perangkat ini untuk program ini sudah kami terima. Terima kasih.',
      en: 'We already have a response from this device for this program. Thank you.',
    }),
  /** A limit of the address, of the program's questionnaire or of a staff member: all read alike. */
  tooMany: () =>
    new DomainError('rate_limited', 'too_many_responses', {
      id: 'Terlalu banyak tanggapan dalam waktu singkat. Silakan coba lagi satu jam lagi.',
      en: 'Too many responses in a short time. Please try again in an hour.',
    }),
  /** The form of the page was not used: no device cookie, a filled honeypot, a missing response id. */
  notAccepted: () =>
    refusals.conflict('response_not_accepted', {
      id: 'Tanggapan tidak dapat diterima. Muat ulang halaman survei (pastikan cookie diizinkan), lalu isi kembali.',
      en: 'The response cannot be accepted. Reload the survey page (make sure cookies are allowed), then fill it in again.',
    }),
  answers: (errors: readonly FormError[]) =>
    refusals.invalid(errors.map((error) => field(error.path, error.code, error.message))),

  unknownSlot: (i: number, slot: string) =>
    field(`programs.${i}.slot`, 'unknown_slot', {
      id: `"${slot}" bukan dimensi atau subdimensi sampel siklus ini.`,
      en: `"${slot}" is not a dimension or sub-dimension of this cycle's sample.`,
    }),
  slotTwice: (i: number) =>
    field(`programs.${i}.slot`, 'slot_twice', {
      id: 'Setiap dimensi atau subdimensi mendapat satu program saja.',
      en: 'Each dimension or sub-dimension gets one program only.',
    }),
  unknownInnovation: (i: number) =>
    field(`programs.${i}.submissionId`, 'unknown_innovation', {
      id: 'Inovasi ini tidak ada di antara laporan inovasi OPD tahun ini.',
      en: "This innovation is not among the OPDs' innovation reports of the year.",
    }),
  outOfSlot: (i: number) =>
    field(`programs.${i}.submissionId`, 'innovation_out_of_slot', {
      id: 'Inovasi ini dilaporkan pada dimensi atau subdimensi lain.',
      en: 'This innovation was reported under another dimension or sub-dimension.',
    }),
  innovationTwice: (i: number) =>
    field(`programs.${i}.submissionId`, 'innovation_twice', {
      id: 'Satu inovasi hanya dapat dipilih untuk satu dimensi atau subdimensi.',
      en: 'One innovation can be chosen for one dimension or sub-dimension only.',
    }),
} as const;

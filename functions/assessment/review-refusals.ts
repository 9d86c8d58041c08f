import { DomainError, type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { ReviewStatus } from './review-model.ts';

/** The refusals of the review commands, each with its stable code and both languages. */

const review: Bilingual = { id: 'Reviu', en: 'The review' };

const statusLabels: Readonly<Record<ReviewStatus, Bilingual>> = {
  in_review: { id: 'sedang direviu', en: 'in review' },
  revision_requested: { id: 'menunggu revisi OPD', en: 'waiting for the OPD to revise' },
  accepted: { id: 'sudah diterima', en: 'accepted' },
};

const field = (path: string, code: string, message: Bilingual): FieldError => ({ path, code, message });

export const reviewRefusals = {
  notFound: () => refusals.notFound(review, 'review_not_found'),

  /** The revision named is not the current one: someone decided meanwhile. */
  stale: () =>
    refusals.conflict('stale_revision', {
      id: 'Reviu ini telah diubah oleh orang lain. Muat ulang, periksa, lalu coba lagi.',
      en: 'This review was changed by someone else. Reload it, check it, then try again.',
    }),

  /** The command may not run in the review's status. */
  wrongStatus: (status: ReviewStatus) =>
    refusals.conflict('wrong_status', {
      id: `Tindakan ini tidak dapat dilakukan: reviu ${statusLabels[status].id}.`,
      en: `This cannot be done: the review is ${statusLabels[status].en}.`,
    }),

  /** A submission arrived for a review that did not ask for a revision. */
  notAwaitingResubmission: (status: ReviewStatus) =>
    refusals.conflict('not_awaiting_resubmission', {
      id: `Kiriman ulang tidak dapat direviu: reviu ${statusLabels[status].id}.`,
      en: `A resubmission cannot be reviewed: the review is ${statusLabels[status].en}.`,
    }),

  /** A resubmission names a verifier other than the review's: that is a reassignment. */
  verifierChanged: () =>
    refusals.conflict('verifier_changed', {
      id: 'Kiriman ulang direviu oleh verifikator yang sama; penggantian verifikator bukan bagian dari kiriman ulang.',
      en: 'A resubmission is reviewed by the same verifier; changing the verifier is not part of a resubmission.',
    }),

  /** An OPD identity tried to set verified levels: refused for every level it sent. */
  opdCannotVerify: (indicators: readonly string[]) =>
    new DomainError(
      'forbidden',
      'opd_cannot_verify',
      {
        id: 'OPD tidak dapat menetapkan level terverifikasi.',
        en: 'An OPD cannot set verified levels.',
      },
      indicators.map((indicator) =>
        field(`levels.${indicator}.level`, 'not_allowed', {
          id: `Level terverifikasi "${indicator}" hanya dapat ditetapkan oleh tim evaluator.`,
          en: `The verified level of "${indicator}" can only be set by the evaluation team.`,
        }),
      ),
    ),

  /** Indicators the review does not hold, under the input field that named them. */
  unknownIndicators: (parent: string, indicators: readonly string[]) =>
    refusals.invalid(
      indicators.map((indicator) =>
        field(`${parent}.${indicator}`, 'unknown_indicator', {
          id: `Indikator "${indicator}" tidak ada dalam penilaian mandiri yang direviu.`,
          en: `Indicator "${indicator}" is not in the self-assessment under review.`,
        }),
      ),
    ),

  /** Acceptance needs a verified level for every indicator. */
  notVerified: (indicators: readonly string[]) =>
    refusals.invalid(
      indicators.map((indicator) =>
        field(`indicators.${indicator}.verified`, 'not_verified', {
          id: `Indikator "${indicator}" belum memiliki level terverifikasi.`,
          en: `Indicator "${indicator}" has no verified level yet.`,
        }),
      ),
    ),

  /** The OPD's new due date must leave it at least a day. */
  dueNotAfterToday: (today: string) =>
    refusals.invalid([
      field('due', 'not_after_today', {
        id: `Tenggat baru harus setelah hari ini (${today}).`,
        en: `The new due date must be after today (${today}).`,
      }),
    ]),
} as const;

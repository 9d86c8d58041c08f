import { selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import { SELF_ASSESSMENT_FORM_ID } from '#forms/instrument/self-assessment-form.ts';
import type { FieldNote } from '#forms/render/render-context.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { AnswersReview } from '#functions/submissions/deps.ts';
import type { Review } from './review-model.ts';
import type { ReviewStore } from './stores.ts';

const revisionTitle = { id: 'Permintaan perbaikan dari verifikator', en: "The verifier's revision request" };

/** The notes of a review beside the level field of each indicator it has something to say of. */
function notesOf(review: Review): Map<string, FieldNote[]> {
  const notes = new Map<string, FieldNote[]>();
  for (const [indicator, state] of Object.entries(review.indicators)) {
    const own: FieldNote[] = [];
    if (review.status === 'revision_requested' && state.revisionComment)
      own.push({ title: revisionTitle, text: state.revisionComment });
    if (review.status === 'accepted' && state.verified !== undefined)
      own.push({
        title: { id: `Tingkat terverifikasi: ${state.verified}`, en: `Verified level: ${state.verified}` },
        text: state.note ?? '',
      });
    if (own.length > 0) notes.set(selfAssessmentFieldId(indicator, 'level'), own);
  }
  return notes;
}

/**
 * What the OPD sees of the review of its self-assessment in the city's current cycle: while a
 * revision is requested, the verifier's comment beside each answer to revise; once accepted, the
 * verified level and the verifier's note beside each answer. Nothing while the review is under
 * way, and nothing for another form.
 */
export function createAnswersReview(
  reviews: Pick<ReviewStore, 'get'>,
  directory: Pick<DirectoryStore, 'getCity'>,
) {
  return async ({ city, opd, formId }: { city: string; opd: string; formId: string }) => {
    if (formId !== SELF_ASSESSMENT_FORM_ID) return undefined;
    const year = (await directory.getCity(city))?.currentYear;
    const review = year === undefined ? undefined : await reviews.get(city, year, opd);
    if (!review) return undefined;
    const answers: AnswersReview = {
      submissionId: review.submissionId,
      revisionRequested: review.status === 'revision_requested',
      notes: notesOf(review),
    };
    return answers;
  };
}

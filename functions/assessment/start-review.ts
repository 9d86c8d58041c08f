import type { Instrument, MaturityLevel } from '#forms/instrument/model.ts';
import { selfAssessmentFieldMap } from '#forms/instrument/self-assessment-fields.ts';
import { SELF_ASSESSMENT_FORM_ID } from '#forms/instrument/self-assessment-form.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { linkSubmission } from '#functions/obligations/record-submission.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { addWorkingDays, localDateOf } from '#functions/platform/time/calendar.ts';
import type { Submission } from '#functions/submissions/model.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import { type InstrumentReader, instrumentVersion } from './cycle-instrument.ts';
import { notifyVerifier } from './notify-verifier.ts';
import { openReview } from './open-review.ts';
import { assignVerifier } from './review/assign-verifier.ts';
import { evaluatorOf } from './review/evaluators.ts';
import { reviewDepsOf } from './review-deps.ts';
import type { Review } from './review-model.ts';
import { scheduleReviewSlots } from './review-reminders.ts';
import type { ReviewStore } from './stores.ts';

/** Working days a verifier has to decide a round, from the day the OPD submitted. */
export const reviewWorkingDays = 10;

/** What the `submission-review` workflow starts with: one submitted self-assessment. */
export interface StartReviewInput {
  obligationId: string;
  city: string;
  year: number;
  opd: string;
  submissionId: string;
}

/** What the workflow's task reads and writes: the obligations' deps, with the reviews, instruments and submissions. */
export type StartReviewDeps = ObligationDeps & {
  reviews: ReviewStore;
  instruments: InstrumentReader;
  submissions: Pick<SubmissionStore, 'getSubmission' | 'listForOpd'>;
  people: PeopleStore;
};

/** What one run of the task did. */
export interface ReviewStarted {
  reviewId: string;
  round: number;
  verifier: string;
  due: string;
  /** True when the review of this submission was opened before (a retried step). */
  replayed: boolean;
  /** Emails sent now to the verifier (0 when sent before). */
  emails: number;
}

/** The level each indicator of the submission claims, by indicator id. */
function claimsOf(instrument: Instrument, submission: Submission): Record<string, MaturityLevel> {
  const claimed: Record<string, MaturityLevel> = {};
  for (const [field, ref] of selfAssessmentFieldMap(instrument, submission.opd)) {
    const value = submission.answers[field];
    if (ref.part === 'level' && typeof value === 'number') claimed[ref.indicator] = value as MaturityLevel;
  }
  return claimed;
}

/**
 * The verifier of a first round: the eligible evaluator of least load (never one of the OPD's
 * staff or with a declared conflict), or the lead evaluator when none is eligible.
 * @throws InvalidInputError when the city has neither.
 */
async function chooseVerifier(deps: StartReviewDeps, input: StartReviewInput): Promise<string> {
  const team = (await deps.people.evaluators(input.city)).filter((p) => p.role === 'evaluator');
  const assignment = assignVerifier({
    year: input.year,
    opd: input.opd,
    evaluators: team.map(evaluatorOf),
    load: await deps.reviews.loads(input.city, input.year),
  });
  if (assignment.kind === 'assigned') return assignment.verifier;
  const lead = team.find(leadOf);
  if (!lead) throw new InvalidInputError(`No evaluator may verify ${input.opd} in ${input.city}`);
  return lead.personId;
}

/**
 * The `submission-review` workflow's step: records the submission on its obligation as under
 * review, opens the review's round (the first with a verifier assigned by load, or the next with
 * the same verifier after a revision), due ten working days after the submission, and tells the
 * verifier by email with a signed link, once per round; it schedules the round's reminder to the
 * verifier and its escalation to the lead evaluator. A retried step writes and sends nothing again.
 * @throws InvalidInputError for a submission that is not this OPD's self-assessment.
 */
export async function startReview(deps: StartReviewDeps, input: StartReviewInput): Promise<ReviewStarted> {
  const submission = await deps.submissions.getSubmission(input.city, input.submissionId);
  if (!submission || submission.formId !== SELF_ASSESSMENT_FORM_ID || submission.opd !== input.opd)
    throw new InvalidInputError(`Submission ${input.submissionId} is no self-assessment of ${input.opd}`);
  const [instrument, cycle] = await Promise.all([
    instrumentVersion(deps.instruments, input.city, submission.formVersion),
    deps.cycles.getCycle(input.city, input.year),
  ]);
  if (!instrument || !cycle) throw new InvalidInputError(`No instrument or cycle for ${input.submissionId}`);
  await linkSubmission(deps, submission, 'under_review');
  const earlier = await deps.reviews.get(input.city, input.year, input.opd);
  const submitted = localDateOf(new Date(submission.submittedAt), cycle.calendar.timeZone);
  const { review, replayed } =
    earlier?.submissionId === submission.submissionId
      ? { review: earlier, replayed: true }
      : await openReview(reviewDepsOf(deps), {
          city: input.city,
          year: input.year,
          opd: input.opd,
          submissionId: submission.submissionId,
          verifier: earlier?.verifier ?? (await chooseVerifier(deps, input)),
          due: addWorkingDays(cycle.calendar, submitted, reviewWorkingDays),
          claimed: claimsOf(instrument, submission),
        });
  const emails = await notifyVerifier(deps, input.obligationId, review);
  await scheduleReviewSlots(deps, cycle, review);
  return summary(review, replayed, emails);
}

const summary = (review: Review, replayed: boolean, emails: number): ReviewStarted => ({
  reviewId: review.reviewId,
  round: review.round,
  verifier: review.verifier,
  due: review.due,
  replayed,
  emails,
});

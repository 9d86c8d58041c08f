import type { AspectId, Instrument } from '#forms/instrument/model.ts';
import { type InstrumentReader, instrumentVersion } from './cycle-instrument.ts';
import { readReview } from './read-review.ts';
import type { ReviewCaller } from './review-caller.ts';
import type { ReviewDeps } from './review-deps.ts';
import { assessedLevels, type Review } from './review-model.ts';
import { bandOf } from './scoring/bands.ts';
import { type ScoreKind, scoreKinds } from './scoring/levels.ts';
import { opdScores } from './scoring/opd-scores.ts';
import { type OverClaim, overClaims } from './scoring/over-claims.ts';

/** One kind of an OPD's scores, rolled up its instrument; `null` where nothing of that kind is assessed yet. */
export interface KindOfScores {
  readonly index: number | null;
  readonly band: string | null;
  readonly dimensions: Readonly<Record<string, number>>;
  readonly subDimensions: Readonly<Record<string, number>>;
  readonly aspects: Readonly<Partial<Record<AspectId, number>>>;
}

/** An OPD's scores of its self-assessment: self, verified and final kept apart, and what it over-claimed. */
export interface ReviewScores {
  readonly instrument: { readonly id: string; readonly version: number };
  readonly scores: Readonly<Record<ScoreKind, KindOfScores>>;
  readonly overClaims: readonly OverClaim[];
}

/** The scores of one review on the instrument its submission was filled on. */
export function reviewScores(review: Review, instrument: Instrument): ReviewScores {
  const levels = assessedLevels(review);
  const of = (kind: ScoreKind): KindOfScores => {
    const [own] = opdScores(instrument, levels, kind);
    const band = own?.index === undefined ? undefined : bandOf(instrument.bands, own.index);
    return {
      index: own?.index ?? null,
      band: band?.id ?? null,
      dimensions: own?.dimensions ?? {},
      subDimensions: own?.subDimensions ?? {},
      aspects: own?.aspects ?? {},
    };
  };
  return {
    instrument: { id: instrument.id, version: instrument.version },
    scores: Object.fromEntries(scoreKinds.map((kind) => [kind, of(kind)])) as Record<ScoreKind, KindOfScores>,
    overClaims: overClaims(instrument, levels).claims,
  };
}

/** What reading a review's scores needs: the review, its submission, and the instrument it names. */
export interface ReviewScoresDeps extends Pick<ReviewDeps, 'reviews'> {
  submissions: {
    getSubmission(city: string, submissionId: string): Promise<{ formVersion: number } | undefined>;
  };
  instruments: InstrumentReader;
}

/** The instrument a review's submission was filled on: the version the submission is pinned to. */
export async function instrumentOfReview(
  deps: Omit<ReviewScoresDeps, 'reviews'>,
  review: Review,
): Promise<Instrument> {
  const submission = await deps.submissions.getSubmission(review.city, review.submissionId);
  const instrument =
    submission && (await instrumentVersion(deps.instruments, review.city, submission.formVersion));
  // Published versions are never deleted: a review without its instrument is a fault, not a refusal.
  if (!instrument) throw new Error(`The instrument of review ${review.reviewId} is not stored`);
  return instrument;
}

/**
 * The review of `opd` in the cycle `year` with its scores, for those who may read the review (its
 * verifier, the lead evaluator, a city admin: see `readReview`).
 */
export async function readReviewScores(
  deps: ReviewScoresDeps,
  caller: ReviewCaller,
  year: number,
  opd: string,
): Promise<{ review: Review } & ReviewScores> {
  const review = await readReview(deps, caller, year, opd);
  return { review, ...reviewScores(review, await instrumentOfReview(deps, review)) };
}

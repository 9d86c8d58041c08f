import type { SubmissionDeps } from './deps.ts';

type ReviewOf = NonNullable<SubmissionDeps['reviewOf']>;

/**
 * Several parts' reviews of an OPD's answers as one: each part answers for the forms it reviews
 * (the self-assessment, the risk register) and gives nothing for another, so the first review
 * found is the form's.
 */
export const combineReviews =
  (parts: readonly ReviewOf[]): ReviewOf =>
  async (item) => {
    for (const part of parts) {
      const review = await part(item);
      if (review) return review;
    }
    return undefined;
  };

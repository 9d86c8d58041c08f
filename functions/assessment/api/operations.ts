import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { type Operation, type OperationInput, operationTools } from '#functions/platform/http/operation.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { readReview } from '../read-review.ts';
import { recordVerification } from '../record-verification.ts';
import { reviewCallerOf } from '../review/evaluators.ts';
import { type ReviewDeps, reviewDepsOf } from '../review-deps.ts';
import { cityReviews, verifierQueue } from '../review-listings.ts';
import { acceptAssessment, requestRevisionOfOpd } from '../review-obligation.ts';
import { type ReviewScoresDeps, readReviewScores } from '../review-scores.ts';
import type { ReviewStore } from '../stores.ts';
import { type InstrumentApiDeps, instrumentOperations } from './instrument-operations.ts';
import { reviewsApi } from './schemas.ts';

const { answer, body, param, query, signedIn } = operationTools(reviewsApi);

/** What the review operations need: the reviews, the evaluation team and the obligations. */
export interface ReviewApiDeps {
  reviews: ReviewStore;
  people: PeopleStore;
  directory: DirectoryStore;
  obligationDeps: ObligationDeps;
  clock: Clock;
  newId: () => string;
  submissions: ReviewScoresDeps['submissions'];
  instruments: ReviewScoresDeps['instruments'];
}

/** Default page size of the listings. */
const defaultLimit = 20;

const reviewDeps = (input: OperationInput<ReviewApiDeps>): ReviewDeps => reviewDepsOf(input.deps);

/** The caller, with whether the directory says they lead the evaluation team. */
const callerOf = (input: OperationInput<ReviewApiDeps>) => reviewCallerOf(input.deps.people, signedIn(input));

/** The review the path names. */
const reviewOn = (input: OperationInput<ReviewApiDeps>) => ({
  year: Number(param(input, 'year')),
  opd: param(input, 'opd'),
});

/** The operations on self-assessment reviews: the queues, one review, and the verifier's decisions. */
const reviewOperations: Record<string, Operation<ReviewApiDeps>> = {
  listReviewQueue: async (input) => {
    const caller = await callerOf(input);
    const { verifier, limit, cursor } = query(input, 'listReviewQueue');
    const page = await verifierQueue(reviewDeps(input), caller, {
      ...(verifier ? { verifier } : {}),
      limit: limit ?? defaultLimit,
      ...(cursor ? { cursor } : {}),
    });
    return answer('listReviewQueue', 200, page);
  },

  listCycleReviews: async (input) => {
    const caller = await callerOf(input);
    const { limit, cursor } = query(input, 'listCycleReviews');
    const page = await cityReviews(reviewDeps(input), caller, {
      year: Number(param(input, 'year')),
      limit: limit ?? defaultLimit,
      ...(cursor ? { cursor } : {}),
    });
    return answer('listCycleReviews', 200, page);
  },

  getReview: async (input) => {
    const caller = await callerOf(input);
    const { year, opd } = reviewOn(input);
    return answer('getReview', 200, { review: await readReview(reviewDeps(input), caller, year, opd) });
  },

  getReviewScores: async (input) => {
    const caller = await callerOf(input);
    const { year, opd } = reviewOn(input);
    return answer('getReviewScores', 200, await readReviewScores(input.deps, caller, year, opd));
  },

  recordVerification: async (input) => {
    const caller = await callerOf(input);
    const decision = { ...body(input, 'recordVerification'), ...reviewOn(input) };
    return answer('recordVerification', 200, await recordVerification(reviewDeps(input), caller, decision));
  },

  requestRevision: async (input) => {
    const caller = await callerOf(input);
    const decision = { ...body(input, 'requestRevision'), ...reviewOn(input) };
    const round = { reviews: reviewDeps(input), obligations: input.deps.obligationDeps };
    return answer('requestRevision', 200, await requestRevisionOfOpd(round, caller, decision));
  },

  acceptReview: async (input) => {
    const caller = await callerOf(input);
    const decision = { ...body(input, 'acceptReview'), ...reviewOn(input) };
    const round = { reviews: reviewDeps(input), obligations: input.deps.obligationDeps };
    return answer('acceptReview', 200, await acceptAssessment(round, caller, decision));
  },
};

/** The operations of the part: on reviews, and on the city's instruments. */
export const operations: Record<string, Operation<ReviewApiDeps & InstrumentApiDeps>> = {
  ...reviewOperations,
  ...instrumentOperations,
};

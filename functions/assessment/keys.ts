import type { KeyShape } from '#functions/platform/table/cursor.ts';
import { type Key, literal, slug } from '#functions/platform/table/keys.ts';

/**
 * The keys of self-assessment reviews and of the verifiers' queues.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a self-assessment review (and its history)   | GetItem / Query | pk = CITY#<city>#REVIEW#<year>.<opd>, sk = REVIEW / begins_with AUDIT# |
 * | a verifier's queue of reviews, by due date   | Query     | pk = CITY#<city>#VERIFIER#<personId>#QUEUE, sk = <due>#<year>.<opd> |
 * | a cycle's reviews, by due date (lead evaluator) | Query  | gsi1pk = CITY#<city>#CYCLE#<year>#REVIEWS, gsi1sk = <due>#<opd> |
 * | the reviews each verifier was assigned in a cycle | Query | pk = CITY#<city>#CYCLE#<year>#REVIEW-LOAD, sk = <personId> |
 */
export const keys = {
  /** A review, in its own partition, where its history (audit events) is kept too. */
  review: (city: string, reviewId: string): Key => ({ pk: `CITY#${city}#REVIEW#${reviewId}`, sk: 'REVIEW' }),
  /**
   * A review waiting for its verifier: one entry per review `in_review`, sorted by due date; it
   * is written and removed in the transaction that changes the review.
   */
  queueEntry: (city: string, verifier: string, due: string, reviewId: string): Key => ({
    pk: `CITY#${city}#VERIFIER#${verifier}#QUEUE`,
    sk: `${due}#${reviewId}`,
  }),
  queue: (city: string, verifier: string) => ({ pk: `CITY#${city}#VERIFIER#${verifier}#QUEUE` }),
  /** How many reviews one verifier was assigned in a cycle: one counter per verifier, kept with the review's first round. */
  load: (city: string, year: number, verifier: string): Key => ({
    pk: `CITY#${city}#CYCLE#${year}#REVIEW-LOAD`,
    sk: verifier,
  }),
  loads: (city: string, year: number) => ({ pk: `CITY#${city}#CYCLE#${year}#REVIEW-LOAD` }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  /** A cycle's reviews by due date, keyed with the city and year: the lead evaluator's overview. */
  cycleReview: (city: string, year: number, due: string, opd: string) => ({
    gsi1pk: `CITY#${city}#CYCLE#${year}#REVIEWS`,
    gsi1sk: `${due}#${opd}`,
  }),
  cycleReviews: (city: string, year: number) => ({ gsi1pk: `CITY#${city}#CYCLE#${year}#REVIEWS` }),
} as const;

const date = '\\d{4}-\\d{2}-\\d{2}';

/** The key a cursor of each paged listing may name (see `KeyShape` in cursor.ts). */
export const pageKeyShapes = {
  /** A page of `keys.queue`: entries `<due>#<year>.<opd>` of one verifier of one city. */
  verifierQueue: (city: string, verifier: string): KeyShape => ({
    pk: keys.queue(city, verifier).pk,
    sk: new RegExp(`^${date}#\\d{4}\\.${slug}$`),
  }),
  /** A page of `indexKeys.cycleReviews`: reviews `CITY#<city>#REVIEW#<year>.<opd>`. */
  cycleReviews: (city: string, year: number): KeyShape => ({
    pk: new RegExp(`^${literal(`CITY#${city}#REVIEW#${year}.`)}${slug}$`),
    sk: 'REVIEW',
    gsi1pk: indexKeys.cycleReviews(city, year).gsi1pk,
    gsi1sk: new RegExp(`^${date}#${slug}$`),
  }),
} as const;

import * as z from 'zod/mini';
import { localDate, positiveInt } from '#functions/platform/input/primitives.ts';

/*
 * The inputs of the review commands, one strict schema each, read with `parseInput` by the API,
 * the pages and the CLI alike: a field the server owns (status, round, verifier of a decision,
 * times) is refused by name. The city is never an input of a person's command: it is the caller's.
 */

/** Ids as the directory makes them (OPDs, cities) and as the instrument names indicators. */
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));
/** A person id (a directory id or a token subject) or a submission id. */
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/));
const year = z.int().check(z.gte(2000), z.lte(2100));
/** A maturity level, 1 (lowest) to 5. */
const level = z.literal([1, 2, 3, 4, 5]);
/** A free text of the verifier, up to 2,000 characters, not blank. */
const text = z.string().check(z.maxLength(2000), z.regex(/\S/));

/** A record of at least one entry (an empty decision is no decision). */
const atLeastOne = z.check<Record<string, unknown>>((ctx) => {
  if (Object.keys(ctx.value).length === 0)
    ctx.issues.push({ code: 'too_small', origin: 'object', minimum: 1, inclusive: true, input: ctx.value });
});
const byIndicator = <T extends z.ZodMiniType>(value: T) => z.record(slug, value).check(atLeastOne);

/** Which review a decision is about (in the caller's city): the API names it in its path. */
const reviewOf = { year, opd: slug };
/** The revision of the review the caller last read. */
const readRevision = { revision: positiveInt };

/**
 * `openReview`: sent by the submission-review workflow when an OPD submits its self-assessment,
 * with the verifier it assigned and the levels the submission claims, indicator by indicator.
 */
export const openReviewInput = z.strictObject({
  city: slug,
  year,
  opd: slug,
  submissionId: id,
  verifier: id,
  /** When the verifier should decide this round (local date in the city's zone). */
  due: localDate,
  claimed: byIndicator(level),
});
export type OpenReviewInput = z.infer<typeof openReviewInput>;

const verification = { levels: byIndicator(z.strictObject({ level, note: z.optional(text) })) };
/** `recordVerification` as the API reads it: verified levels, each with an optional note, for some or all indicators. */
export const recordVerificationBody = z.strictObject({ ...readRevision, ...verification });
/** `recordVerification`, with the review it is about. */
export const recordVerificationInput = z.strictObject({ ...reviewOf, ...readRevision, ...verification });
export type RecordVerificationInput = z.infer<typeof recordVerificationInput>;

const revisionRequest = {
  comments: byIndicator(text),
  /** The OPD's new due date: a local date after today in the city's zone. */
  due: localDate,
};
/** `requestRevision` as the API reads it: what the OPD must revise, per indicator, and by when it should resubmit. */
export const requestRevisionBody = z.strictObject({ ...readRevision, ...revisionRequest });
/** `requestRevision`, with the review it is about. */
export const requestRevisionInput = z.strictObject({ ...reviewOf, ...readRevision, ...revisionRequest });
export type RequestRevisionInput = z.infer<typeof requestRevisionInput>;

/** `accept` as the API reads it: the verified levels become final. */
export const acceptBody = z.strictObject(readRevision);
/** `accept`, with the review it is about. */
export const acceptInput = z.strictObject({ ...reviewOf, ...readRevision });
export type AcceptInput = z.infer<typeof acceptInput>;

const paging = {
  limit: z._default(z.int().check(z.gte(1), z.lte(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
};

/** A page of a verifier's queue: one's own, or (the lead evaluator) any verifier's of the city. */
export const verifierQueueInput = z.strictObject({ verifier: z.optional(id), ...paging });
export type VerifierQueueInput = z.infer<typeof verifierQueueInput>;

/** A page of the city's reviews of a cycle, for the lead evaluator. */
export const cityReviewsInput = z.strictObject({ year, ...paging });
export type CityReviewsInput = z.infer<typeof cityReviewsInput>;

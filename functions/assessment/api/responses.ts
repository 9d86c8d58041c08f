import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  type Covers,
  instant,
  localDate,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import { type Review, type ReviewQueueEntry, reviewStatuses } from '../review-model.ts';

/*
 * What the JSON operations on self-assessment reviews answer, parsed on every answer and described
 * in the OpenAPI document.
 */

const level = z.literal([1, 2, 3, 4, 5]);
const command = z.enum(['openReview', 'recordVerification', 'requestRevision', 'accept']);

/** The review of one OPD's self-assessment: claimed and verified levels per indicator, its round and status. */
export const reviewSchema = z.object({
  city: z.string(),
  year: z.int(),
  opd: z.string(),
  reviewId: z.string(),
  submissionId: z.string(),
  verifier: z.string(),
  status: z.enum(reviewStatuses),
  round: positiveInt,
  due: localDate,
  revisionDue: z.optional(localDate),
  indicators: z.record(
    z.string(),
    z.object({
      claimed: level,
      verified: z.optional(level),
      note: z.optional(z.string()),
      revisionComment: z.optional(z.string()),
    }),
  ),
  openedAt: instant,
  openedBy: z.string(),
  decidedAt: z.optional(instant),
  decidedBy: z.optional(z.string()),
  lastChange: z.object({ command, onRevision: z.int(), digest: z.string() }),
  revision: positiveInt,
});

/** A review waiting for its verifier, as a queue lists it. */
export const queueEntrySchema = z.object({
  city: z.string(),
  year: z.int(),
  opd: z.string(),
  reviewId: z.string(),
  submissionId: z.string(),
  round: positiveInt,
  due: localDate,
});

const decided = z.object({ review: reviewSchema, replayed: z.boolean() });

const numbers = z.record(z.string(), z.number());
/** One kind of an OPD's scores: `null` where nothing of that kind is assessed yet. */
const kindOfScores = z.object({
  index: z.nullable(z.number()),
  band: z.nullable(z.string()),
  dimensions: numbers,
  subDimensions: numbers,
  aspects: numbers,
});
const overClaimSchema = z.object({
  opd: z.string(),
  indicator: z.string(),
  self: level,
  verified: level,
  difference: positiveInt,
});

export const reviewResponses = {
  listReviewQueue: z.object({ entries: z.array(queueEntrySchema), cursor: z.optional(z.string()) }),
  listCycleReviews: z.object({ reviews: z.array(reviewSchema), cursor: z.optional(z.string()) }),
  getReview: z.object({ review: reviewSchema }),
  getReviewScores: z.object({
    review: reviewSchema,
    instrument: z.object({ id: z.string(), version: positiveInt }),
    scores: z.object({ self: kindOfScores, verified: kindOfScores, final: kindOfScores }),
    overClaims: z.array(overClaimSchema),
  }),
  recordVerification: decided,
  requestRevision: decided,
  acceptReview: decided,
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the schemas cover their items. */
export type ReviewSchemasCoverTheirItems = [
  Assert<Covers<typeof reviewSchema, Review>>,
  Assert<Covers<typeof queueEntrySchema, ReviewQueueEntry>>,
];

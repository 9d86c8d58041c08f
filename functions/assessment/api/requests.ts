import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { acceptBody, recordVerificationBody, requestRevisionBody } from '../review-inputs.ts';

/*
 * What the JSON operations on self-assessment reviews read: the API parses with these schemas, and
 * the OpenAPI document is generated from them. A review is named by its cycle year and OPD.
 */

const page = {
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
};

export const reviewRequests = {
  pathParameters: {
    /** The cycle year of a review. */
    year: z.string().check(z.regex(/^20\d{2}$/)),
    /** The OPD of a review. */
    opd: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  },
  requestBodies: {
    recordVerification: recordVerificationBody,
    requestRevision: requestRevisionBody,
    acceptReview: acceptBody,
  },
  requestHeaders: {},
  queryParameters: {
    /** Whose queue (the lead evaluator may name any verifier; default one's own), a page size and cursor. */
    listReviewQueue: z.strictObject({
      verifier: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/))),
      ...page,
    }),
    /** The city's reviews of the cycle `year` (the lead evaluator), a page size and cursor. */
    listCycleReviews: z.strictObject({ ...page }),
  },
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;

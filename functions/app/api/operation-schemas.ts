import * as z from 'zod/mini';
import { instrumentRequests } from '#functions/assessment/api/instrument-requests.ts';
import { reviewRequests } from '#functions/assessment/api/requests.ts';
import { obligationRequests } from '#functions/obligations/api/requests.ts';
import { submissionRequests } from '#functions/submissions/api/requests.ts';
import { surveyRequests } from '#functions/surveys/api/requests.ts';
import { selectionRequests } from '#functions/visits/api/requests.ts';

/**
 * The request schemas of the API, by operation: those of every part, together, for the router's
 * checks of path parameters and for the OpenAPI document (each part parses with its own).
 */
export const requestBodies = {
  ...submissionRequests.requestBodies,
  ...obligationRequests.requestBodies,
  ...reviewRequests.requestBodies,
  ...instrumentRequests.requestBodies,
  ...selectionRequests.requestBodies,
  ...surveyRequests.requestBodies,
} as const;

/** Request headers an operation reads, by operation and header name. */
export const requestHeaders = {
  ...submissionRequests.requestHeaders,
  ...obligationRequests.requestHeaders,
  ...reviewRequests.requestHeaders,
  ...instrumentRequests.requestHeaders,
  ...selectionRequests.requestHeaders,
  ...surveyRequests.requestHeaders,
} as const;

/** Path parameters: ids are short slugs or UUIDs, and anything else is refused before a lookup. */
export const pathParameters = {
  ...submissionRequests.pathParameters,
  ...obligationRequests.pathParameters,
  ...reviewRequests.pathParameters,
  ...instrumentRequests.pathParameters,
  ...selectionRequests.pathParameters,
  ...surveyRequests.pathParameters,
} as const;

/** The query parameters an operation reads, by operation: the OpenAPI document lists each. */
export const queryParameters = {
  ...submissionRequests.queryParameters,
  ...obligationRequests.queryParameters,
  ...reviewRequests.queryParameters,
  ...instrumentRequests.queryParameters,
  ...selectionRequests.queryParameters,
  ...surveyRequests.queryParameters,
} as const;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ id: z.string(), en: z.string() }),
    fields: z.optional(
      z.array(
        z.object({
          path: z.string(),
          code: z.string(),
          message: z.object({ id: z.string(), en: z.string() }),
        }),
      ),
    ),
  }),
});

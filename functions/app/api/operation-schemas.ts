import * as z from 'zod/mini';
import { obligationsApi } from '#functions/obligations/api/schemas.ts';
import { submissionsApi } from '#functions/submissions/api/schemas.ts';

/**
 * The request schemas of the API, by operation: those of every part, together, for the router's
 * checks of path parameters and for the OpenAPI document (each part parses with its own).
 */
export const requestBodies = { ...submissionsApi.requestBodies, ...obligationsApi.requestBodies } as const;

/** Request headers an operation reads, by operation and header name. */
export const requestHeaders = { ...submissionsApi.requestHeaders, ...obligationsApi.requestHeaders } as const;

/** Path parameters: ids are short slugs or UUIDs, and anything else is refused before a lookup. */
export const pathParameters = { ...submissionsApi.pathParameters, ...obligationsApi.pathParameters } as const;

/** The query parameters an operation reads, by operation: the OpenAPI document lists each. */
export const queryParameters = {
  ...submissionsApi.queryParameters,
  ...obligationsApi.queryParameters,
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

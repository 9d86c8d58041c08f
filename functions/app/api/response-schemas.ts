import * as z from 'zod/mini';
import { instrumentResponses } from '#functions/assessment/api/instrument-responses.ts';
import { reviewResponses } from '#functions/assessment/api/responses.ts';
import { obligationResponses } from '#functions/obligations/api/responses.ts';
import { instant } from '#functions/platform/input/primitives.ts';
import { submissionResponses } from '#functions/submissions/api/responses.ts';
import { surveyResponses } from '#functions/surveys/api/responses.ts';
import { selectionResponses } from '#functions/visits/api/responses.ts';

/*
 * The answers of the API, by operation: each part answers through its `answer`, which parses the
 * value with its schema, and the OpenAPI document describes every 2xx response from the same
 * schemas: what is documented is what is sent.
 */

const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  service: z.literal('siklus'),
  time: instant,
  checks: z.object({ table: z.enum(['ok', 'unreachable']) }),
});

/** The body of every successful answer, by the operation id of its route. */
export const responseBodies = {
  health,
  openApi: z.looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
  ...submissionResponses,
  ...obligationResponses,
  ...reviewResponses,
  ...instrumentResponses,
  ...selectionResponses,
  ...surveyResponses,
} as const satisfies Record<string, z.ZodMiniType>;

/** An operation with a documented answer. */
export type ResponseOperation = keyof typeof responseBodies;

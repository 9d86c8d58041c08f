import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { reviewRequests } from './requests.ts';
import { reviewResponses } from './responses.ts';

/** The JSON operations of the part: what each reads (`requests.ts`) and answers (`responses.ts`). */
export const reviewsApi = {
  ...reviewRequests,
  responseBodies: reviewResponses,
} as const satisfies ApiSchemas;

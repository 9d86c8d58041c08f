import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { submissionRequests } from './requests.ts';
import { submissionResponses } from './responses.ts';

/** The JSON operations of the part: what each reads (`requests.ts`) and answers (`responses.ts`). */
export const submissionsApi = {
  ...submissionRequests,
  responseBodies: submissionResponses,
} as const satisfies ApiSchemas;

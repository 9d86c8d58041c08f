import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { obligationRequests } from './requests.ts';
import { obligationResponses } from './responses.ts';

/** The JSON operations of the part: what each reads (`requests.ts`) and answers (`responses.ts`). */
export const obligationsApi = {
  ...obligationRequests,
  responseBodies: obligationResponses,
} as const satisfies ApiSchemas;

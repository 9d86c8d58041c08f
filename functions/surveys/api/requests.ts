import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { chooseProgramsBody } from '../survey-inputs.ts';

/*
 * What the JSON operations on a cycle's impact survey read: the API parses with these schemas,
 * and the OpenAPI document is generated from them. A survey is named by its cycle year.
 */
export const surveyRequests = {
  pathParameters: {
    /** The cycle year. */
    year: z.string().check(z.regex(/^20\d{2}$/)),
  },
  requestBodies: {
    chooseImpactPrograms: chooseProgramsBody,
  },
  requestHeaders: {},
  queryParameters: {},
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;

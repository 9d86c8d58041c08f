import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { moveObligationBody, waiveObligationBody } from '../change-inputs.ts';

/*
 * What the JSON operations on a cycle's obligations read: the API and the pages parse with these
 * schemas, and the OpenAPI document is generated from them.
 */

export const obligationRequests = {
  pathParameters: {
    /** `<city>.<year>.<opd>.<kind>`, e.g. `jambi.2026.diskominfo.innovation-report`. */
    obligationId: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,199}$/)),
  },
  requestBodies: {
    moveObligation: moveObligationBody,
    waiveObligation: waiveObligationBody,
  },
  requestHeaders: {},
  queryParameters: {
    /** The cycle's year (default the current one), a page size and cursor. */
    listObligations: z.strictObject({
      year: z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100))),
      limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
      cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    }),
  },
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;

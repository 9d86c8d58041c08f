import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { announceBody, drawBody } from '../selection-inputs.ts';
import { confirmVisitBody, proposeVisitBody, recordFindingBody } from '../visit-inputs.ts';

/*
 * What the JSON operations on a cycle's selection and its visits read: the API parses with these
 * schemas, and the OpenAPI document is generated from them. A selection is named by its cycle
 * year, a visit by its year and the OPD visited.
 */

export const selectionRequests = {
  pathParameters: {
    /** The cycle year. */
    year: z.string().check(z.regex(/^20\d{2}$/)),
    /** A city, as the directory names it (the public page). */
    city: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
    /** The OPD visited, by its id. */
    opd: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  },
  requestBodies: {
    announceSelection: announceBody,
    drawSelection: drawBody,
    proposeVisit: proposeVisitBody,
    confirmVisit: confirmVisitBody,
    recordFinding: recordFindingBody,
  },
  requestHeaders: {},
  queryParameters: {},
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;

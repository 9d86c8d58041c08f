import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  type Covers,
  count,
  instant,
  localDate,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import { moveObligationBody, waiveObligationBody } from '../change-inputs.ts';
import { obligationKindIds } from '../kinds/ids.ts';
import { type Obligation, obligationStatuses } from '../model.ts';

/*
 * The JSON operations on a cycle's obligations: what each reads and what it answers. The API
 * parses with these schemas and the OpenAPI document is generated from them.
 */

/** An obligation of a cycle: what an OPD owes, by when, and where it stands. */
export const obligationSchema = z.object({
  obligationId: z.string(),
  city: z.string(),
  year: z.int(),
  opd: z.string(),
  kind: z.enum(obligationKindIds),
  formId: z.string(),
  due: localDate,
  deadlineVersion: positiveInt,
  deadlineAt: instant,
  closes: localDate,
  status: z.enum(obligationStatuses),
  late: z.boolean(),
  submissionId: z.optional(z.string()),
  draftId: z.optional(z.string()),
  waivedReason: z.optional(z.string()),
  revision: positiveInt,
  openedAt: instant,
  updatedAt: instant,
});

export const obligationsApi = {
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
  responseBodies: {
    listObligations: z.object({
      year: z.int(),
      obligations: z.array(obligationSchema),
      cursor: z.optional(z.string()),
    }),
    moveObligation: z.object({ obligation: obligationSchema, scheduled: count, skipped: count }),
    waiveObligation: z.object({ obligation: obligationSchema }),
  },
} as const satisfies ApiSchemas;

/** Compiles only while the item schema covers its item. */
export type ObligationSchemaCoversObligation = Assert<Covers<typeof obligationSchema, Obligation>>;

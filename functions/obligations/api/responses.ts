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
import { kindIdPattern } from '../kinds/lookup.ts';
import { type Obligation, obligationStatuses } from '../model.ts';

/*
 * What the JSON operations on a cycle's obligations answer, parsed on every answer and described
 * in the OpenAPI document.
 */
/** An obligation of a cycle: what an OPD owes, by when, and where it stands. */
export const obligationSchema = z.object({
  obligationId: z.string(),
  city: z.string(),
  year: z.int(),
  opd: z.string(),
  kind: z.string().check(z.regex(kindIdPattern)),
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
  revisionNote: z.optional(z.string()),
  revision: positiveInt,
  openedAt: instant,
  updatedAt: instant,
});

export const obligationResponses = {
  listObligations: z.object({
    year: z.int(),
    obligations: z.array(obligationSchema),
    cursor: z.optional(z.string()),
  }),
  moveObligation: z.object({ obligation: obligationSchema, scheduled: count, skipped: count }),
  waiveObligation: z.object({ obligation: obligationSchema }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the item schema covers its item. */
export type ObligationSchemaCoversObligation = Assert<Covers<typeof obligationSchema, Obligation>>;

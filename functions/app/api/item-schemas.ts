import * as z from 'zod/mini';
import type { Due } from '#functions/obligations/due-lookup.ts';
import { obligationKindIds } from '#functions/obligations/kinds/registry.ts';
import { type Obligation, obligationStatuses } from '#functions/obligations/model.ts';
import type { UploadTicket } from '#functions/platform/ports/file-store.ts';
import type { Draft, Submission } from '#functions/submissions/model.ts';

/*
 * The items the API answers with, as it shows them. The checks at the end fail to compile when
 * an item gains a property that its schema neither names nor leaves out on purpose, so an answer
 * cannot silently drop it.
 */

/** An instant, as `Date.toISOString` writes it (an offset is accepted too). */
export const instant = z.iso.datetime({ offset: true });
/** A local date, `YYYY-MM-DD`. */
export const localDate = z.iso.date();
/** A whole number from 1: versions and revisions. */
export const positiveInt = z.int().check(z.positive());
/** A whole number from 0: sizes and counts. */
export const count = z.int().check(z.nonnegative());
const answers = z.record(z.string(), z.unknown());

/** A draft; the server's bookkeeping of its `Idempotency-Key` (two hashes) stays behind. */
export const draftSchema = z.object({
  city: z.string(),
  opd: z.string(),
  draftId: z.string(),
  formId: z.string(),
  formVersion: positiveInt,
  answers,
  status: z.enum(['draft', 'submitted']),
  revision: positiveInt,
  createdAt: instant,
  createdBy: z.string(),
  updatedAt: instant,
  updatedBy: z.string(),
});

/** A submission, with its computed values, score and the evidence files linked by SHA-256. */
export const submissionSchema = z.object({
  city: z.string(),
  opd: z.string(),
  submissionId: z.string(),
  formId: z.string(),
  formVersion: positiveInt,
  answers,
  computed: z.record(z.string(), z.unknown()),
  score: z.optional(z.object({ score: z.number(), max: z.number() })),
  evidence: z.array(
    z.object({
      fieldPath: z.string(),
      fileId: z.string(),
      key: z.string(),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      size: count,
      contentType: z.string(),
    }),
  ),
  status: z.literal('submitted'),
  revision: positiveInt,
  submittedAt: instant,
  submittedBy: z.string(),
  draftId: z.optional(z.string()),
});

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

/** What an OPD owes for a form in the current cycle, as its list of forms shows it. */
export const dueSchema = z.object({
  obligationId: z.string(),
  due: localDate,
  deadlineAt: instant,
  status: z.string(),
  late: z.boolean(),
});

/** A presigned upload of one evidence file. */
export const uploadTicketSchema = z.object({
  fileId: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  expiresAt: instant,
  maxBytes: positiveInt,
});

/** True when every property of `Item` is named by `Schema` or listed in `Left`. */
type Covers<Schema extends z.ZodMiniType, Item, Left extends keyof Item = never> = [
  Exclude<keyof Item, keyof z.output<Schema> | Left>,
] extends [never]
  ? true
  : false;
type Assert<T extends true> = T;

/** Compiles only while each item schema covers its item (see the note at the top). */
export type ItemSchemasCoverTheirItems = [
  Assert<Covers<typeof draftSchema, Draft, 'idempotency'>>,
  Assert<Covers<typeof submissionSchema, Submission, 'idempotency'>>,
  Assert<Covers<typeof obligationSchema, Obligation>>,
  Assert<Covers<typeof dueSchema, Due>>,
  Assert<Covers<typeof uploadTicketSchema, UploadTicket>>,
];

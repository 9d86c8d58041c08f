import * as z from 'zod/mini';
import { formDefinitionSchema } from '#forms/engine/definition-schema.ts';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  bilingual,
  type Covers,
  count,
  instant,
  localDate,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import type { UploadTicket } from '#functions/platform/ports/file-store.ts';
import type { Due } from '../deps.ts';
import type { Draft, Submission } from '../model.ts';

/*
 * What the JSON operations of form filling answer, parsed on every answer and described in the
 * OpenAPI document. The checks at the end fail to compile when an item gains a property that its
 * schema neither names nor leaves out on purpose.
 */

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

const myForm = z.object({
  formId: z.string(),
  version: z.optional(positiveInt),
  title: z.optional(bilingual),
  due: z.nullable(dueSchema),
  drafts: z.array(
    z.object({ draftId: z.string(), formVersion: positiveInt, revision: positiveInt, updatedAt: instant }),
  ),
  submissions: z.array(
    z.object({ submissionId: z.string(), formVersion: positiveInt, submittedAt: instant }),
  ),
});

/**
 * The JSON Schema export of a form version, as far as its shape is fixed: the rest of its
 * keywords pass through as they are.
 */
const answersSchema = z.looseObject({
  $schema: z.literal('https://json-schema.org/draft/2020-12/schema'),
  $id: z.string(),
  title: z.string(),
  description: z.string(),
  type: z.literal('object'),
  properties: z.record(z.string(), z.unknown()),
  required: z.array(z.string()),
  additionalProperties: z.literal(false),
});

export const submissionResponses = {
  listMyForms: z.object({ city: z.string(), opd: z.nullable(z.string()), forms: z.array(myForm) }),
  getForm: z.object({ form: formDefinitionSchema, links: z.object({ schema: z.string() }) }),
  getFormSchema: answersSchema,
  createDraft: z.object({ draft: draftSchema, replayed: z.boolean() }),
  getDraft: z.object({ draft: draftSchema }),
  saveDraft: z.object({ draft: draftSchema }),
  submit: z.object({ submission: submissionSchema, replayed: z.boolean() }),
  getSubmission: z.object({ submission: submissionSchema }),
  createUpload: z.object({ upload: uploadTicketSchema }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while each item schema covers its item (see the note at the top). */
export type ItemSchemasCoverTheirItems = [
  Assert<Covers<typeof draftSchema, Draft, 'idempotency'>>,
  Assert<Covers<typeof submissionSchema, Submission, 'idempotency'>>,
  Assert<Covers<typeof dueSchema, Due>>,
  Assert<Covers<typeof uploadTicketSchema, UploadTicket>>,
];

import * as z from 'zod/mini';
import { formDefinitionSchema } from '#forms/engine/definition-schema.ts';
import {
  count,
  draftSchema,
  dueSchema,
  instant,
  obligationSchema,
  positiveInt,
  submissionSchema,
  uploadTicketSchema,
} from './item-schemas.ts';

/*
 * The answers of the API, by operation. Each operation answers through `answer` (respond.ts),
 * which parses the value with its schema here, and the OpenAPI document describes every 2xx
 * response from the same schema: what is documented is what is sent.
 */

const bilingual = z.object({ id: z.string(), en: z.string() });

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

const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  service: z.literal('siklus'),
  time: instant,
  checks: z.object({ table: z.enum(['ok', 'unreachable']) }),
});

/** The body of every successful answer, by the operation id of its route. */
export const responseBodies = {
  health,
  openApi: z.looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
  listMyForms: z.object({ city: z.string(), opd: z.nullable(z.string()), forms: z.array(myForm) }),
  getForm: z.object({ form: formDefinitionSchema, links: z.object({ schema: z.string() }) }),
  getFormSchema: answersSchema,
  createDraft: z.object({ draft: draftSchema, replayed: z.boolean() }),
  getDraft: z.object({ draft: draftSchema }),
  saveDraft: z.object({ draft: draftSchema }),
  submit: z.object({ submission: submissionSchema, replayed: z.boolean() }),
  getSubmission: z.object({ submission: submissionSchema }),
  createUpload: z.object({ upload: uploadTicketSchema }),
  listObligations: z.object({
    year: z.int(),
    obligations: z.array(obligationSchema),
    cursor: z.optional(z.string()),
  }),
  moveObligation: z.object({ obligation: obligationSchema, scheduled: count, skipped: count }),
  waiveObligation: z.object({ obligation: obligationSchema }),
} as const satisfies Record<string, z.ZodMiniType>;

/** An operation with a documented answer. */
export type ResponseOperation = keyof typeof responseBodies;

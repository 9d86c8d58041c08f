import * as z from 'zod/mini';
import { moveObligationBody, waiveObligationBody } from '#functions/obligations/change-inputs.ts';
import { langs } from '#functions/platform/text/bilingual.ts';
import {
  draftBody,
  idempotencyKey,
  newDraftBody,
  submitBody,
  uploadBody,
} from '#functions/submissions/schemas.ts';

/**
 * The request schemas of the API, by operation. The router parses with them and the OpenAPI
 * document is generated from them: one definition, so the two cannot disagree.
 */
export const requestBodies = {
  createDraft: newDraftBody,
  saveDraft: draftBody,
  submit: submitBody,
  createUpload: uploadBody,
  moveObligation: moveObligationBody,
  waiveObligation: waiveObligationBody,
} as const;

/**
 * Request headers an operation reads, by operation and header name. The header is optional:
 * a repeat of a request under the same `Idempotency-Key` replays the first answer (200,
 * `replayed: true`), and the same key with another body is refused (422 `idempotency_key_reused`).
 */
export const requestHeaders = {
  createDraft: { 'Idempotency-Key': idempotencyKey },
  submit: { 'Idempotency-Key': idempotencyKey },
} as const satisfies Record<string, Record<string, z.ZodMiniType<string>>>;

const id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

/** Path parameters: ids are short slugs or UUIDs, and anything else is refused before a lookup. */
export const pathParameters = {
  formId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,62}$/)),
  draftId: id,
  submissionId: id,
  /** `<city>.<year>.<opd>.<kind>`, e.g. `jambi.2026.diskominfo.innovation-report`. */
  obligationId: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,199}$/)),
} as const;

/** Query of `GET /api/obligations`: the cycle's year (default the current one), a page size and cursor. */
export const obligationListQuery = z.strictObject({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});

/** A published version of a form; without it, the latest. */
const version = z.optional(z.coerce.number().check(z.int(), z.positive()));

/** Query of `GET /api/forms/{formId}`. */
export const formQuery = z.object({ version });

/** Query of `GET /api/forms/{formId}/schema`: the version, and the language of titles (default `id`). */
export const formSchemaQuery = z.object({ version, lang: z.optional(z.enum(langs)) });

/** The query parameters an operation reads, by operation: the OpenAPI document lists each. */
export const queryParameters = {
  getForm: formQuery,
  getFormSchema: formSchemaQuery,
  listObligations: obligationListQuery,
} as const;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ id: z.string(), en: z.string() }),
    fields: z.optional(
      z.array(
        z.object({
          path: z.string(),
          code: z.string(),
          message: z.object({ id: z.string(), en: z.string() }),
        }),
      ),
    ),
  }),
});

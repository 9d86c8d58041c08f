import * as z from 'zod/mini';

/*
 * Request bodies of the form-filling API. Kept apart from the use cases so that the OpenAPI
 * function can describe them without loading the store.
 */

/** Body of `POST .../drafts`; strict, so no one sets status, owner or revision. */
export const newDraftBody = z.strictObject({
  formVersion: z.number().check(z.int(), z.positive()),
  answers: z.record(z.string(), z.unknown()),
});

/** Body of `PUT .../drafts/{draftId}`: a new draft's fields and the revision the client last read. */
export const draftBody = z.strictObject({
  ...newDraftBody.shape,
  revision: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type NewDraftBody = z.infer<typeof newDraftBody>;
export type DraftBody = z.infer<typeof draftBody>;

/**
 * Body of `POST /api/forms/{formId}/submissions`. Strict: status, scores, owner and times are the
 * server's, and a body that tries to set them is refused field by field.
 */
export const submitBody = z.strictObject({
  formVersion: z.number().check(z.int(), z.positive()),
  answers: z.record(z.string(), z.unknown()),
  draftId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/))),
  /** With a draft: the draft revision the client last read. */
  revision: z.optional(z.number().check(z.int(), z.positive())),
});
export type SubmitBody = z.infer<typeof submitBody>;

/**
 * An `Idempotency-Key`: any printable ASCII without spaces, up to 200 characters (a UUID fits).
 * The pages send one fixed when the form is rendered; API clients send one per intended request.
 */
export const idempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,200}$/));

/** Body of `POST /api/uploads`: the file the browser is about to send. */
export const uploadBody = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  contentType: z.string().check(z.minLength(1), z.maxLength(200)),
  size: z.number().check(z.int(), z.positive()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type UploadBody = z.infer<typeof uploadBody>;

/**
 * Stable error codes of answer validation. Clients may branch on them, so a code is never renamed;
 * new codes may be added.
 */
export const formErrorCodes = [
  'required',
  'not_visible',
  'unknown_field',
  'invalid_type',
  'too_long',
  'invalid_format',
  'out_of_range',
  'not_integer',
  'invalid_date',
  'invalid_choice',
  'duplicate_choice',
  'invalid_url',
  'invalid_file',
  'invalid_file_type',
  'file_too_large',
  'too_few_items',
  'too_many_items',
] as const;

export type FormErrorCode = (typeof formErrorCodes)[number];

/** The `params` the engine's own checks attach to a zod `custom` issue to carry their code. */
export interface EngineIssueParams {
  readonly code: FormErrorCode;
}

/** Params for a zod check that reports `code`. */
export function engineIssue(code: FormErrorCode): { params: EngineIssueParams } {
  return { params: { code } };
}

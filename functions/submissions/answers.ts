import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormError } from '#forms/engine/messages.ts';
import { type ValidationResult, validateAnswers } from '#forms/engine/validate.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';

/** What a draft may still lack: a draft can be incomplete, but never wrong. */
const incompleteCodes = new Set<FormError['code']>(['required', 'too_few_items']);

const asFieldErrors = (errors: readonly FormError[]) =>
  errors.map((error) => ({
    path: `answers${error.path ? `.${error.path}` : ''}`,
    code: error.code,
    message: error.message,
  }));

/** Checks a draft's answers: every present answer must be valid; missing ones are fine. */
export function checkDraftAnswers(definition: FormDefinition, answers: unknown): void {
  const result = validateAnswers(definition, answers);
  if (result.ok) return;
  const wrong = result.errors.filter((error) => !incompleteCodes.has(error.code));
  if (wrong.length > 0) throw refusals.invalid(asFieldErrors(wrong));
}

/** Checks a submission's answers completely; returns the parsed value, computed values and score. */
export function checkSubmittedAnswers(
  definition: FormDefinition,
  answers: unknown,
): Extract<ValidationResult, { ok: true }> {
  const result = validateAnswers(definition, answers);
  if (!result.ok) throw refusals.invalid(asFieldErrors(result.errors));
  return result;
}

import type { FormError } from '#forms/engine/messages.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';

/**
 * The field errors of a refusal of a questionnaire's answers, as the form shows them beside their
 * fields; none for any other refusal, which its page answers on its own.
 */
export function invalidAnswersOf(error: unknown): FormError[] | undefined {
  if (!(error instanceof DomainError) || error.kind !== 'invalid' || !error.fields) return undefined;
  return error.fields.map((f) => ({ path: f.path, code: f.code as FormError['code'], message: f.message }));
}

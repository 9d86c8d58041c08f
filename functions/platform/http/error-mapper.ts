import type { FieldError } from '#functions/platform/errors/domain-errors.ts';
import { DomainError, type DomainErrorKind } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { HttpError } from './errors.ts';

/** The HTTP status of each kind of refusal: the one place a use case's refusal becomes a status. */
export const statusOfKind: Record<DomainErrorKind, number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  unprocessable: 422,
  precondition_required: 428,
  rate_limited: 429,
};

/** A refusal as the HTTP surfaces answer it; `undefined` for a fault (anything else). */
export interface Refusal {
  status: number;
  code: string;
  messages: Bilingual;
  fields?: readonly FieldError[];
}

export function refusalOf(error: unknown): Refusal | undefined {
  if (error instanceof DomainError)
    return {
      status: statusOfKind[error.kind],
      code: error.code,
      messages: error.messages,
      ...(error.fields ? { fields: error.fields } : {}),
    };
  if (error instanceof HttpError) return { status: error.status, code: error.code, messages: error.messages };
  return undefined;
}

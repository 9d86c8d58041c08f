import { DomainError, type DomainErrorKind } from '#functions/platform/errors/domain-errors.ts';

/**
 * The exit code of each kind of refusal, so that a script can tell them apart: 1 is any other
 * failure, 2 a command line that does not parse.
 */
const exitCodeOfKind: Record<DomainErrorKind, number> = {
  invalid: 3,
  unprocessable: 3,
  precondition_required: 3,
  not_found: 4,
  forbidden: 5,
  conflict: 6,
  rate_limited: 7,
};

/** How the CLI says a failure: a refusal in the chosen language with one line per field. */
export function describeFailure(error: unknown, lang: 'id' | 'en'): { message: string; exitCode: number } {
  if (!(error instanceof DomainError)) return { message: (error as Error).message, exitCode: 1 };
  const fields = (error.fields ?? []).map((field) => `  ${field.path}: ${field.message[lang]}`);
  return { message: [error.messages[lang], ...fields].join('\n'), exitCode: exitCodeOfKind[error.kind] };
}

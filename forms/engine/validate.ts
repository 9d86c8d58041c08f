import { type ComputedValues, computeValues } from './computed.ts';
import type { Answers, FormDefinition } from './definition.ts';
import { fieldIssues } from './issues.ts';
import { type FormError, formError } from './messages.ts';
import { answersSchema } from './schema.ts';
import { defaultScorers, prepareScoring, type ScoreResult, type ScorerRegistry } from './scoring.ts';

/** The outcome of validating a submission: its answers, computed values and score, or its errors. */
export type ValidationResult =
  | {
      readonly ok: true;
      /** The answers to store: web addresses and content types normalized (see `answersSchema`). */
      readonly value: Answers;
      readonly computed: ComputedValues;
      /** Undefined when the form has no `scoring`. */
      readonly score: ScoreResult | undefined;
    }
  | { readonly ok: false; readonly errors: readonly FormError[] };

/**
 * Validates a submission's answers against the definition it is pinned to, then computes its values
 * and score. Never throws on bad answers, whatever their shape; each problem becomes one error per
 * field path with a stable code and a message in Bahasa Indonesia and English.
 *
 * The schema, rules and scorer are derived once per definition object and cached, so validating
 * is cheap on a hot path.
 *
 * @example
 * const result = validateAnswers(innovationReportForm, { name: '' });
 * if (!result.ok) result.errors[0]?.message.id; // 'Nama inovasi wajib diisi.'
 * @throws UnknownScorerError when the definition names a scorer `scorers` does not hold.
 */
export function validateAnswers(
  definition: FormDefinition,
  answers: unknown,
  scorers: ScorerRegistry = defaultScorers,
): ValidationResult {
  const parsed = answersSchema(definition).safeParse(answers);
  if (!parsed.success) {
    const errors = fieldIssues(definition, parsed.error.issues).map((issue) => formError(definition, issue));
    return { ok: false, errors };
  }
  const value = parsed.data;
  return {
    ok: true,
    value,
    computed: computeValues(definition, value),
    score: prepareScoring(definition, scorers)?.(value),
  };
}

import type * as z from 'zod/mini';
import { InvalidInputError } from './errors.ts';

/**
 * Parses a Step Functions task payload. A payload that does not match is a bug in the
 * state machine, not a passing fault, so it fails with {@link InvalidInputError} (not retried).
 */
export function parseTaskInput<Schema extends z.ZodMiniType>(
  schema: Schema,
  payload: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new InvalidInputError(`Invalid task input: ${problems.join('; ')}`);
  }
  return result.data;
}

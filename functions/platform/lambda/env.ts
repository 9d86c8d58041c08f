import * as z from 'zod/mini';

/** Thrown at cold start when the function's environment does not match its schema. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/**
 * Parses environment variables once, at cold start, and fails fast with every problem listed.
 * This is the only place that reads `process.env`.
 */
export function parseEnv<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodMiniObject<Shape>> {
  const result = z.object(shape).safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid environment: ${problems.join('; ')}`);
  }
  return result.data;
}

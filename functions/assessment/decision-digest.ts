import { createHash } from 'node:crypto';
import type { ReviewCommand } from './review-model.ts';

/** `value` as JSON with the keys of every object in code-unit order, so equal inputs give equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/**
 * The fingerprint of a decision: the command, who asked and what they sent (the revision
 * included), as hex SHA-256. A retry of the same decision has the same digest whatever the order
 * of the keys it was sent with; any other decision has another.
 */
export function decisionDigest(command: ReviewCommand, actor: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical([command, actor, input])))
    .digest('hex');
}

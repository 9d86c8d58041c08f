import type * as z from 'zod/mini';
import { type HttpResult, json } from '#functions/platform/http/http.ts';
import { type ResponseOperation, responseBodies } from './response-schemas.ts';

/**
 * An answer that does not have the shape the OpenAPI document promises for its operation: a
 * defect of the server, answered 500 like any other (the issues go to the log, never the client).
 */
export class ResponseShapeError extends Error {
  override readonly name = 'ResponseShapeError';
  constructor(
    readonly operation: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(
      `The answer of ${operation} does not match its documented schema: ${issues
        .map((issue) => `${issue.path.join('.') || '(body)'} ${issue.code}`)
        .join('; ')}`,
    );
  }
}

/**
 * A successful JSON answer of `operation`, parsed with its schema in `responseBodies` first, on
 * every call: properties the schema does not name are left out, and a value that breaks the
 * schema is a {@link ResponseShapeError} (500), so an answer never differs from the document.
 *
 * @example
 * return answer('getDraft', 200, { draft });
 */
export function answer<K extends ResponseOperation>(
  operation: K,
  status: number,
  value: z.input<(typeof responseBodies)[K]>,
  headers: Record<string, string> = {},
): HttpResult {
  const result = responseBodies[operation].safeParse(value);
  if (!result.success) throw new ResponseShapeError(operation, result.error.issues);
  return json(status, result.data, headers);
}

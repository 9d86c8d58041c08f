import type * as z from 'zod/mini';
import { type HttpResult, json } from './http.ts';

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
 * The answer of each operation of `responseBodies`: a successful JSON answer, parsed with its
 * schema first on every call: properties the schema does not name are left out, and a value that
 * breaks it is a {@link ResponseShapeError} (500), so an answer never differs from the document.
 * @example answer('getDraft', 200, { draft })
 */
export function answerOf<R extends Record<string, z.ZodMiniType>>(responseBodies: R) {
  return <K extends keyof R & string>(
    operation: K,
    status: number,
    value: z.input<R[K]>,
    headers: Record<string, string> = {},
  ): HttpResult => {
    const result = (responseBodies[operation] as z.ZodMiniType).safeParse(value);
    if (!result.success) throw new ResponseShapeError(operation, result.error.issues);
    return json(status, result.data, headers);
  };
}

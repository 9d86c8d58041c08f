import * as z from 'zod/mini';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { answerOf } from './answer.ts';
import { httpErrors } from './errors.ts';
import type { HttpEvent, HttpResult } from './http.ts';
import { readJsonBody } from './json-body.ts';

/** What an operation receives: its deps, the event, and for bearer routes the verified identity. */
export interface OperationInput<Deps> {
  deps: Deps;
  event: HttpEvent;
  identity: Identity | undefined;
}

export type Operation<Deps> = (input: OperationInput<Deps>) => Promise<HttpResult>;

/**
 * The schemas of a part's JSON operations, by operation id: the API parses with them and the
 * OpenAPI document is generated from them, so the two cannot disagree.
 */
export interface ApiSchemas {
  pathParameters: Record<string, z.ZodMiniType<string>>;
  requestBodies: Record<string, z.ZodMiniType>;
  /** Request headers an operation reads, by operation and header name. */
  requestHeaders: Record<string, Record<string, z.ZodMiniType<string>>>;
  queryParameters: Record<string, z.ZodMiniType>;
  /** The body of every successful answer, by operation. */
  responseBodies: Record<string, z.ZodMiniType>;
  /** A larger cap on the JSON body than `maxJsonBodyBytes`, for an operation that carries a file. */
  bodyLimits?: Record<string, number>;
}

/** The verified identity of a bearer route (the router has authenticated it). */
export const signedIn = ({ identity }: { identity: Identity | undefined }): Identity => {
  if (!identity) throw httpErrors.unauthenticated();
  return identity;
};

/**
 * The readers and the answer of a part's operations, bound to its schemas: a path parameter
 * (malformed: not found, before any lookup), the JSON body, the query, the `Idempotency-Key`,
 * each parsed with the operation's schema (400 with one error per field), and the answer parsed
 * with its documented schema on every call (`answer.ts`).
 */
export function operationTools<S extends ApiSchemas>(schemas: S) {
  type Input = { event: HttpEvent };
  return {
    signedIn,
    param: (input: Input, name: keyof S['pathParameters'] & string): string => {
      const result = (schemas.pathParameters[name] as z.ZodMiniType<string>).safeParse(
        input.event.pathParameters?.[name],
      );
      if (!result.success) throw refusals.notFound();
      return result.data;
    },
    body: <K extends keyof S['requestBodies'] & string>(input: Input, operation: K) =>
      parseInput(
        schemas.requestBodies[operation] as z.ZodMiniType,
        readJsonBody(input.event, schemas.bodyLimits?.[operation]),
      ) as z.infer<S['requestBodies'][K]>,
    query: <K extends keyof S['queryParameters'] & string>(input: Input, operation: K) =>
      parseInput(
        schemas.queryParameters[operation] as z.ZodMiniType,
        input.event.queryStringParameters ?? {},
      ) as z.infer<S['queryParameters'][K]>,
    /** The `Idempotency-Key`, or undefined when none was sent; a malformed key is a 400 on that header. */
    idempotencyKeyOf: (input: Input, operation: keyof S['requestHeaders'] & string) => {
      // API Gateway (and the local server) hand over header names in lower case.
      const name = 'idempotency-key';
      const header = schemas.requestHeaders[operation]?.['Idempotency-Key'] as z.ZodMiniType<string>;
      return parseInput(z.object({ [name]: z.optional(header) }), { [name]: input.event.headers?.[name] })[
        name
      ] as string | undefined;
    },
    answer: answerOf(schemas.responseBodies),
  };
}

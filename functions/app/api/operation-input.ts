import * as z from 'zod/mini';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { httpErrors } from '#functions/platform/http/errors.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import type { OperationInput } from './api.ts';
import { pathParameters, requestBodies, requestHeaders } from './operation-schemas.ts';

/** The verified identity of a bearer route (the router has authenticated it). */
export const signedIn = ({ identity }: OperationInput): Identity => {
  if (!identity) throw httpErrors.unauthenticated();
  return identity;
};

/** A path parameter, checked before any lookup: a malformed id is simply not found. */
export const param = (input: OperationInput, name: keyof typeof pathParameters): string => {
  const result = pathParameters[name].safeParse(input.event.pathParameters?.[name]);
  if (!result.success) throw refusals.notFound();
  return result.data;
};

/** The JSON body of an operation, parsed with its schema (400 with one error per field). */
export const body = <K extends keyof typeof requestBodies>(input: OperationInput, operation: K) =>
  parseInput(requestBodies[operation], readJsonBody(input.event)) as z.infer<(typeof requestBodies)[K]>;

/**
 * The `Idempotency-Key` of an operation that takes one, or undefined when none was sent; a
 * malformed key is a 400 on that header.
 */
export const idempotencyKeyOf = (input: OperationInput, operation: keyof typeof requestHeaders) => {
  // API Gateway (and the local server) hand over header names in lower case.
  const name = 'idempotency-key';
  const schema = z.object({ [name]: z.optional(requestHeaders[operation]['Idempotency-Key']) });
  return parseInput(schema, { [name]: input.event.headers?.[name] })[name];
};

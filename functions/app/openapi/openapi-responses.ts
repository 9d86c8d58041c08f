import { requestBodies, requestHeaders } from '#functions/app/api/operation-schemas.ts';
import { type ResponseOperation, responseBodies } from '#functions/app/api/response-schemas.ts';
import type { Route } from '#functions/app/routes.ts';
import { asComponent, componentRef, jsonSchema, type SchemaObject } from './openapi-components.ts';
import { responseExamples } from './response-examples.ts';

/**
 * The statuses of an operation's successful answers (200 unless listed here): 201 for an item it
 * created, and 200 for a repeat under the same `Idempotency-Key`, which answers with that item.
 */
const successStatuses: Partial<Record<ResponseOperation, readonly number[]>> = {
  createDraft: [201, 200],
  submit: [201, 200],
  createUpload: [201],
};

/** Statuses other than a success whose body is still the operation's answer (a health check that fails). */
const otherStatuses: Partial<Record<ResponseOperation, readonly number[]>> = { health: [503] };

/** The media type of an operation's answer: a JSON Schema is `application/schema+json`. */
const mediaTypes: Partial<Record<ResponseOperation, string>> = { getFormSchema: 'application/schema+json' };

/** Operations whose 201 names the item created in a `Location` header. */
const locatedOperations: ReadonlySet<string> = new Set(['createDraft', 'submit']);

/** The component name of an operation's answer schema: `getForm` -> `GetFormResponse`. */
export const responseComponentName = (operation: string) =>
  `${operation.charAt(0).toUpperCase()}${operation.slice(1)}Response`;

/** Every answer schema as a component, generated from `responseBodies` (as the server sends it). */
export function responseComponents(): Record<string, SchemaObject> {
  return Object.fromEntries(
    Object.entries(responseBodies).map(([operation, schema]) => {
      const name = responseComponentName(operation);
      return [name, asComponent(name, jsonSchema(schema, 'output'))];
    }),
  );
}

function describe(operation: ResponseOperation, status: number, statuses: readonly number[]): string {
  if (status === 201) return 'Created';
  if (status === 503) return 'Unavailable: the table does not answer';
  if (statuses.includes(201))
    return 'A repeat under the same Idempotency-Key: the item first created, with `replayed: true`';
  return operation === 'getFormSchema' ? 'The JSON Schema (draft 2020-12) of the answers' : 'OK';
}

/** The documented successes of an operation (and other answers with the same body), by status. */
function successResponses(operation: ResponseOperation): Record<string, unknown> {
  const statuses = successStatuses[operation] ?? [200];
  const responses: Record<string, unknown> = {};
  for (const status of [...statuses, ...(otherStatuses[operation] ?? [])]) {
    responses[String(status)] = {
      description: describe(operation, status, statuses),
      ...(status === 201 && locatedOperations.has(operation)
        ? {
            headers: {
              Location: { description: 'The path of the item created', schema: { type: 'string' } },
            },
          }
        : {}),
      content: {
        [mediaTypes[operation] ?? 'application/json']: {
          schema: componentRef(responseComponentName(operation)),
          example: responseExamples[operation],
        },
      },
    };
  }
  return responses;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: componentRef('Error') } },
});

/** Every response of a route: its successes from `responseBodies`, then the errors it can meet. */
export function routeResponses(route: Route): Record<string, unknown> {
  const body = route.operation in requestBodies;
  return {
    ...(route.operation in responseBodies ? successResponses(route.operation as ResponseOperation) : {}),
    '400': errorResponse('Bad input: field-level messages in Bahasa Indonesia and English'),
    ...(route.access === 'bearer'
      ? {
          '401': errorResponse('No token, or an invalid one'),
          '403': errorResponse('Not allowed for this role'),
        }
      : {}),
    '404': errorResponse('Not found (also for items of another OPD or city)'),
    ...(body
      ? {
          '409': errorResponse('Stale revision or already submitted'),
          '413': errorResponse('Body too large'),
        }
      : {}),
    ...(route.operation in requestHeaders
      ? { '422': errorResponse('Idempotency-Key already used with a different body') }
      : {}),
  };
}

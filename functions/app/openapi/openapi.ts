import type * as z from 'zod/mini';
import { formCatalog } from '#forms/catalog.ts';
import type { FormRegistry } from '#forms/engine/registry.ts';
import {
  errorBody,
  pathParameters,
  queryParameters,
  requestBodies,
  requestHeaders,
} from '#functions/app/api/operation-schemas.ts';
import type { responseBodies } from '#functions/app/api/response-schemas.ts';
import { jsonRoutes, type Route } from '#functions/app/routes.ts';
import { answerComponents, componentRef, jsonSchema, type SchemaObject } from './openapi-components.ts';
import { responseComponents, routeResponses } from './openapi-responses.ts';

const headerDescriptions: Record<string, string> = {
  'Idempotency-Key':
    'Optional. Repeats of a request under the same key (a double click, a retry, concurrent twins) create one item: ' +
    'the first is answered 201, every repeat 200 with `replayed: true` and the same item. The same key with a ' +
    'different body is refused with 422 `idempotency_key_reused`. Keys are kept apart per OPD and form.',
};

const queryDescriptions: Record<string, string> = {
  version: 'A published version of the form; without it, the latest',
  lang: 'The language of titles and descriptions: `id` (Bahasa Indonesia, the default) or `en`',
  year: "The cycle's year; without it, the city's current cycle",
  limit: 'Obligations on a page (default 50)',
  cursor: 'The `cursor` of the page before; without it, the first page',
};

const answersSchemaRoute = '`GET /api/forms/{formId}/schema?version={formVersion}`';

/** The path, query and header parameters of a route. */
function parameters(route: Route) {
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name as keyof typeof pathParameters);
  const query: Record<string, z.ZodMiniType> =
    queryParameters[route.operation as keyof typeof queryParameters]?.shape ?? {};
  const headers: Record<string, z.ZodMiniType> =
    requestHeaders[route.operation as keyof typeof requestHeaders] ?? {};
  return [
    ...path.map((name) => ({ name, in: 'path', required: true, schema: jsonSchema(pathParameters[name]) })),
    ...Object.entries(query).map(([name, schema]) => ({
      name,
      in: 'query',
      required: false,
      description: queryDescriptions[name],
      schema: jsonSchema(schema),
    })),
    ...Object.entries(headers).map(([name, schema]) => ({
      name,
      in: 'header',
      required: false,
      description: headerDescriptions[name],
      schema: jsonSchema(schema),
    })),
  ];
}

/**
 * A request body's schema. Its `answers` point to the answers schema of the form version the
 * body names: a submission's must match one of the published versions' schemas (`anyOf`, since
 * two versions may accept the same answers); a draft's may still lack required answers, so it is
 * only described.
 */
function requestSchema(operation: keyof typeof requestBodies, answerRefs: SchemaObject[]): SchemaObject {
  const schema = jsonSchema(requestBodies[operation]);
  const properties = schema.properties as Record<string, SchemaObject> | undefined;
  if (!properties?.answers) return schema;
  const submitted = operation === 'submit';
  const description = submitted
    ? `The answers, keyed by field id: they match the answers schema of the form version named by \`formVersion\` (${answersSchemaRoute}, or the \`Answers.{formId}.{formVersion}\` component).`
    : `The answers so far, keyed by field id: as the answers schema of the form version named by \`formVersion\` (${answersSchemaRoute}) has them, except that a draft may still lack required answers.`;
  // With one published version there is nothing to choose between: the reference itself.
  const matching = answerRefs.length === 1 ? answerRefs[0] : { anyOf: answerRefs };
  const answers = submitted ? { description, ...matching } : { ...properties.answers, description };
  return { ...schema, properties: { ...properties, answers } };
}

/** The OpenAPI document, as far as its answer schema fixes its shape. */
export type OpenApiDocument = z.output<typeof responseBodies.openApi>;

let document: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the routes and from the request and
 * answer schemas that the operations themselves parse with.
 */
export function openApiDocument(): OpenApiDocument {
  document ??= build(formCatalog);
  return document;
}

function build(forms: FormRegistry): OpenApiDocument {
  const answers = answerComponents(forms);
  const answerRefs = Object.keys(answers).map(componentRef);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of jsonRoutes) {
    const body =
      route.operation in requestBodies ? (route.operation as keyof typeof requestBodies) : undefined;
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId: route.operation,
      summary: route.summary,
      ...(route.access === 'bearer' ? { security: [{ bearer: [] }] } : { security: [] }),
      parameters: parameters(route),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: requestSchema(body, answerRefs) } },
            },
          }
        : {}),
      responses: routeResponses(route),
    };
  }
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Siklus API',
      version: '1',
      description:
        "Forms and submissions of a city's Smart City evaluation cycle. Messages come in Bahasa Indonesia (id) and English (en).",
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [
      {
        url: '/',
        description:
          'The origin this document is served from: the embedded engine (npm start) or the deployed HTTP API',
      },
    ],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: jsonSchema(errorBody, 'output'), ...responseComponents(), ...answers },
    },
  };
}

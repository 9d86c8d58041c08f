import * as z from 'zod/mini';
import { errorBody, pathParameters, requestBodies } from './operation-schemas.ts';
import { jsonRoutes } from './routes.ts';

const jsonSchema = (schema: z.ZodMiniType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

let document: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document of the HTTP API, generated from the routes and the request schemas. */
export function openApiDocument(): Record<string, unknown> {
  document ??= build();
  return document;
}

function build(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of jsonRoutes) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map(
      ([, name]) => name as keyof typeof pathParameters,
    );
    const body = requestBodies[route.operation as keyof typeof requestBodies];
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId: route.operation,
      summary: route.summary,
      ...(route.access === 'bearer' ? { security: [{ bearer: [] }] } : { security: [] }),
      parameters: params.map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: jsonSchema(pathParameters[name]),
      })),
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body) } } } }
        : {}),
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        ...(route.method === 'POST' ? { '201': { description: 'Created' } } : {}),
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
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Siklus API',
      version: '1',
      description:
        "Forms and submissions of a city's Smart City evaluation cycle. Messages come in Bahasa Indonesia (id) and English (en).",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: jsonSchema(errorBody) },
    },
  };
}

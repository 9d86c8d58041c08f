import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRoutes as routes } from '#functions/api/routes.ts';
import { type ApiResponse, type RunningApi, startApi } from '#test/support/api-client.ts';

describe('api: the OpenAPI document', () => {
  let api: RunningApi;
  let response: ApiResponse;

  beforeAll(async () => {
    api = await startApi();
    response = await api.withToken(undefined).get('/openapi.json');
  });

  afterAll(async () => {
    await api.stop();
  });

  it('is served without a token as OpenAPI 3.1.0', () => {
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body.openapi).toBe('3.1.0');
  });

  it.each(routes)('describes $method $path', (route) => {
    // Act
    const operation = response.body.paths[route.path]?.[route.method.toLowerCase()];

    // Assess
    expect(operation).toMatchObject({ operationId: route.operation });
    if (route.access === 'bearer') expect(operation.security).toEqual([{ bearer: [] }]);
    else expect(operation.security).toEqual([]);
  });

  it('describes only the routes there are', () => {
    // Act
    const described = Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );

    // Assess
    expect(described.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('declares the bearer scheme its operations name', () => {
    // Assess
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('refuses properties a submission does not define', () => {
    // Act
    const submit = response.body.paths['/api/forms/{formId}/submissions'].post;
    const schema = submit.requestBody.content['application/json'].schema;

    // Assess
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(['answers', 'draftId', 'formVersion', 'revision']);
    expect(schema.required.sort()).toEqual(['answers', 'formVersion']);
  });
});

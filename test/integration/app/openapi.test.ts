import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import { jsonRoutes as routes } from '#functions/app/routes.ts';
import { type ApiResponse, type RunningApi, startApi } from '#test/support/api-client.ts';
import { resolve } from './openapi-validator.ts';

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

  it.each([
    ['/api/forms/{formId}/submissions', 'post'],
    ['/api/forms/{formId}/drafts', 'post'],
  ])('documents the optional Idempotency-Key header of %s and its 422', (path, method) => {
    // Act
    const operation = response.body.paths[path][method];
    const header = operation.parameters.find((p: { in: string }) => p.in === 'header');

    // Assess
    expect(header).toMatchObject({
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: expect.any(String) },
    });
    expect(header.description).toContain('replayed');
    expect(header.description).toContain('idempotency_key_reused');
    expect(operation.responses['422']).toMatchObject({
      description: expect.stringContaining('Idempotency-Key'),
    });
  });

  it('documents no Idempotency-Key on saving a draft, which its revision guards', () => {
    // Act
    const saveDraft = response.body.paths['/api/forms/{formId}/drafts/{draftId}'].put;

    // Assess
    expect(saveDraft.parameters.map((p: { name: string }) => p.name)).toEqual(['formId', 'draftId']);
    expect(saveDraft.responses['422']).toBeUndefined();
  });

  it('validates as OpenAPI 3.1 with swagger-parser', async () => {
    // Act: swagger-parser dereferences what it is given, so it gets a copy
    const validated = await SwaggerParser.validate(structuredClone(response.body));

    // Assess
    expect(validated.info.title).toBe('Siklus API');
  });

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    // Prepare
    const config = await createConfig({ extends: ['recommended'] });

    // Act
    const problems = await lintFromString({
      source: response.text,
      absoluteRef: `${api.baseUrl}/openapi.json`,
      config,
    });

    // Assess: listed, so that a failure says which rule and where
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`),
    ).toEqual([]);
  });

  it('names its license and a server relative to where it is served from', () => {
    // Assess
    expect(response.body.info.license).toEqual({ name: 'Apache-2.0', identifier: 'Apache-2.0' });
    expect(response.body.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });

  it.each(routes)('describes the 2xx answers of $method $path by a schema with an example', (route) => {
    // Act
    const responses: Record<string, any> =
      response.body.paths[route.path][route.method.toLowerCase()].responses;
    const successes = Object.entries(responses).filter(([status]) => status.startsWith('2'));

    // Assess
    expect(successes.length).toBeGreaterThan(0);
    for (const [status, { content }] of successes) {
      const media = Object.values(content as Record<string, any>);
      expect(media, `${status} has one media type`).toHaveLength(1);
      const schema = resolve(response.body, media[0].schema);
      expect(schema, `${status} is not a bare object`).not.toEqual({ type: 'object' });
      expect(Object.keys(schema.properties ?? {}).length, `${status} names its properties`).toBeGreaterThan(
        0,
      );
      expect(media[0].example, `${status} has an example`).toBeDefined();
    }
  });

  it('answers a form schema as application/schema+json, and links to it from the form', () => {
    // Act
    const schemaAnswer = response.body.paths['/api/forms/{formId}/schema'].get;
    const formAnswer = resolve(
      response.body,
      response.body.paths['/api/forms/{formId}'].get.responses['200'].content['application/json'].schema,
    );

    // Assess
    expect(Object.keys(schemaAnswer.responses['200'].content)).toEqual(['application/schema+json']);
    expect(schemaAnswer.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual([
      'path formId',
      'query version',
      'query lang',
    ]);
    expect(formAnswer.required).toEqual(['form', 'links']);
    expect(formAnswer.properties.links.required).toEqual(['schema']);
  });

  it('describes the answers of a submission by the schema of every published form version', () => {
    // Prepare
    const names = formCatalog
      .ids()
      .flatMap((id) => formCatalog.versions(id).map((version) => `Answers.${id}.${version}`));

    // Act
    const submit = response.body.paths['/api/forms/{formId}/submissions'].post;
    const answers = submit.requestBody.content['application/json'].schema.properties.answers;
    const refs: string[] = answers.anyOf
      ? answers.anyOf.map((a: { $ref: string }) => a.$ref)
      : [answers.$ref];

    // Assess
    expect(refs).toEqual(names.map((name) => `#/components/schemas/${name}`));
    for (const name of names) {
      expect(response.body.components.schemas[name]).toMatchObject({
        type: 'object',
        additionalProperties: false,
      });
    }
    expect(answers.description).toContain('/api/forms/{formId}/schema');
    const draft = response.body.paths['/api/forms/{formId}/drafts'].post;
    expect(draft.requestBody.content['application/json'].schema.properties.answers.description).toContain(
      '/api/forms/{formId}/schema',
    );
  });
});

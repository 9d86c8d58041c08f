import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { createFormRegistry } from '#forms/engine/registry.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { repoRoot } from '#infra/local/paths.ts';
import { strictAjv } from '#test/integration/app/openapi-validator.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { apiWithForms, type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';

const schemaPath = `/api/forms/${formId}/schema`;

/** Version 2 asks one more thing, always: who to contact about the innovation. */
const versionTwo: FormDefinition = {
  ...innovationReportForm,
  version: 2,
  sections: innovationReportForm.sections.map((section, index) =>
    index === 0
      ? {
          ...section,
          fields: [
            ...section.fields,
            {
              id: 'contactPerson',
              type: 'shortText',
              maxLength: 100,
              required: true,
              label: { id: 'Narahubung', en: 'Contact person' },
            },
          ],
        }
      : section,
  ),
};

describe('api: the JSON Schema of a form version', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('serves a schema that strict ajv compiles and that accepts a valid report, titled in Bahasa Indonesia', async () => {
    // Act
    const response = await api.as(people.operatorA).get(schemaPath);
    const validate = strictAjv().compile(response.body);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(response.body).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:siklus:form:${formId}:1`,
      title: 'Laporan Inovasi OPD',
    });
    expect(response.body.properties.name.title).toBe('Nama inovasi');
    expect(validate(makeInnovationAnswers()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ name: 'Sikoja' })).toBe(false);
  });

  it('titles the schema in English with lang=en, and gives the same rules', async () => {
    // Act
    const en = await api.as(people.evaluator).get(`${schemaPath}?lang=en&version=1`);
    const id = await api.as(people.evaluator).get(`${schemaPath}?lang=id`);

    // Assess
    expect(en.status).toBe(200);
    expect(en.body.title).toBe('OPD innovation report');
    expect(en.body.properties.name.title).toBe('Innovation name');
    expect(en.body.required).toEqual(id.body.required);
    expect(strictAjv().compile(en.body)(makeInnovationAnswers())).toBe(true);
  });

  it('is linked from the form definition', async () => {
    // Act
    const form = await api.as(people.operatorA).get(`/api/forms/${formId}`);
    const linked = await api.as(people.operatorA).get(form.body.links.schema);
    const direct = await api.as(people.operatorA).get(schemaPath);

    // Assess
    expect(form.body.links).toEqual({ schema: `${schemaPath}?version=1` });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual(direct.body);
  });

  it.each([
    ['an unknown form', '/api/forms/no-such-form/schema', 'not_found'],
    ['an unknown version', `${schemaPath}?version=7`, 'unknown_form_version'],
    ['a malformed form id', '/api/forms/No_Such/schema', 'not_found'],
  ])('answers 404 for %s, as the form definition does', async (_label, path, code) => {
    // Act
    const response = await api.as(people.operatorA).get(path);
    const definition = await api.as(people.operatorA).get(path.replace('/schema', ''));

    // Assess
    expect([response.status, response.body.error.code]).toEqual([404, code]);
    expect([definition.status, definition.body.error.code]).toEqual([404, code]);
  });

  it('answers 401 without a token, and 400 for a language it does not speak', async () => {
    // Act
    const anonymous = await api.withToken(undefined).get(schemaPath);
    const french = await api.as(people.operatorA).get(`${schemaPath}?lang=fr`);

    // Assess
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
    expect([french.status, french.body.error.fields[0].path]).toEqual([400, 'lang']);
  });

  it('serves the latest version by default and every earlier one by ?version=', async () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    registry.publish(innovationReportForm);
    registry.publish(versionTwo);
    const twoVersions = await startApi({ api: apiWithForms(registry) });

    try {
      // Act
      const latest = await twoVersions.as(people.operatorA).get(schemaPath);
      const first = await twoVersions.as(people.operatorA).get(`${schemaPath}?version=1`);
      const form = await twoVersions.as(people.operatorA).get(`/api/forms/${formId}`);

      // Assess
      expect(latest.body.$id).toBe(`urn:siklus:form:${formId}:2`);
      expect(latest.body.required).toContain('contactPerson');
      expect(first.body.$id).toBe(`urn:siklus:form:${formId}:1`);
      expect(first.body.properties.contactPerson).toBeUndefined();
      expect(form.body.links.schema).toBe(`${schemaPath}?version=2`);
      expect(strictAjv().compile(latest.body)(makeInnovationAnswers())).toBe(false);
    } finally {
      await twoVersions.stop();
    }
  });
});

describe('cli: siklus forms schema', () => {
  const home = mkdtempSync(join(tmpdir(), 'siklus-forms-'));
  let api: RunningApi;

  /** Runs the `siklus` bin, as `npx siklus` does, with the Node that runs the tests. */
  const siklus = (...args: string[]) =>
    promisify(execFile)(process.execPath, [join(repoRoot, 'infra/cli/siklus.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, SIKLUS_HOME: home },
    });

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it.each([
    [[], ''],
    [['--lang', 'en'], '?lang=en'],
    [['--version', '1', '--lang', 'id'], '?version=1&lang=id'],
  ])('prints the schema the route serves (%j)', async (options, query) => {
    // Act
    const printed = await siklus('forms', 'schema', formId, ...options);
    const served = await api.as(people.operatorA).get(`${schemaPath}${query}`);

    // Assess
    expect(JSON.parse(printed.stdout)).toEqual(served.body);
  });

  it.each([
    [['forms', 'schema', 'no-such-form'], /Unknown form 'no-such-form'\. Forms: innovation-report/],
    [['forms', 'schema', formId, '--version', '7'], /has no version 7\. Published versions: 1/],
    [['forms', 'list'], /Usage: siklus forms schema/],
  ])('fails with a message that says what there is (%j)', async (args, message) => {
    // Act
    const failure = await siklus(...args).catch((error: { code: number; stderr: string }) => error);

    // Assess
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
  });
});

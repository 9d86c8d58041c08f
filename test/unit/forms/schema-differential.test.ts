import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import { everyFieldForm } from './every-field-form.ts';
import { SchemaDifferential } from './schema-differential.ts';

describe('SchemaDifferential', () => {
  const schema = toJsonSchema(everyFieldForm);
  const properties = schema.properties as Record<string, unknown>;

  it('explains a host the WHATWG parser refuses by the url-host approximation', () => {
    expect(new SchemaDifferential(everyFieldForm).judge({ site: 'https://a.1/' })).toEqual({
      kind: 'explained',
      approximations: ['url-host'],
    });
  });

  it('reports answers the engine accepts and the schema refuses', () => {
    // Prepare: a schema that also requires `code`
    const broken = { ...schema, required: ['code'] };

    // Act and assess
    expect(new SchemaDifferential(everyFieldForm, broken).judge({})).toMatchObject({ kind: 'unexplained' });
  });

  it('reports a disagreement that no approximation explains, even beside one that is explained', () => {
    // Prepare: a schema that accepts any `code`
    const broken = { ...schema, properties: { ...properties, code: {} } };
    const differential = new SchemaDifferential(everyFieldForm, broken);

    // Act and assess
    expect(differential.judge({ code: 'zz' })).toMatchObject({ kind: 'unexplained' });
    expect(differential.judge({ code: 'zz', site: 'https://a.1/' })).toMatchObject({ kind: 'unexplained' });
  });
});

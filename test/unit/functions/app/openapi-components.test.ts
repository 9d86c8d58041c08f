import { describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import { answerComponents, asComponent } from '#functions/app/openapi/openapi-components.ts';

describe('asComponent', () => {
  it('points local references into the component, and leaves out $id and $schema', () => {
    // Prepare
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:x',
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/empty' },
        self: { $ref: '#' },
        far: { $ref: 'https://example.org/s' },
      },
      $defs: { empty: { type: 'null' } },
    };

    // Act
    const component = asComponent('Answers.a/b~c.1', schema);

    // Assess
    expect(component).toEqual({
      type: 'object',
      properties: {
        a: { $ref: '#/components/schemas/Answers.a~1b~0c.1/$defs/empty' },
        self: { $ref: '#/components/schemas/Answers.a~1b~0c.1' },
        far: { $ref: 'https://example.org/s' },
      },
      $defs: { empty: { type: 'null' } },
    });
    expect(schema.properties.a.$ref).toBe('#/$defs/empty');
  });
});

describe('answerComponents', () => {
  it('holds one English answers schema per published form version', () => {
    // Act
    const components = answerComponents(formCatalog);

    // Assess
    const expected = formCatalog
      .ids()
      .flatMap((id) => formCatalog.versions(id).map((version) => `Answers.${id}.${version}`));
    expect(Object.keys(components)).toEqual(expected);
    const definition = formCatalog.get('innovation-report', 1);
    if (!definition) throw new Error('innovation-report v1 is not published');
    const english = toJsonSchema(definition, 'en');
    const component = components['Answers.innovation-report.1'] as Record<string, unknown>;
    expect(component.title).toBe('OPD innovation report');
    expect(Object.keys(component.properties as object)).toEqual(Object.keys(english.properties as object));
    expect(component.$defs).toEqual(english.$defs);
    expect(component).not.toHaveProperty('$id');
    expect(JSON.stringify(components)).not.toContain('"#/$defs/');
  });
});

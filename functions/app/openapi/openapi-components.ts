import * as z from 'zod/mini';
import type { FormRegistry } from '#forms/engine/registry.ts';
import { answersSchemaOf } from '#functions/submissions/api/form-schemas.ts';

/** A JSON Schema as plain data, as the OpenAPI document holds it. */
export type SchemaObject = Record<string, unknown>;

/**
 * A request schema (what a client may send) or an answer schema (what the server sends), without
 * `$schema`: the document's dialect is draft 2020-12 already.
 */
export function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): SchemaObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
  return rest;
}

/** The `$ref` of a schema under `components.schemas`. */
export const componentRef = (name: string) => ({ $ref: `#/components/schemas/${pointerSegment(name)}` });

const pointerSegment = (name: string) => name.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * A standalone JSON Schema made a component named `name`. Its local references (`#/$defs/...`,
 * or `#` for itself) are resolved against the document it stands in by OpenAPI tools, which
 * ignore `$id`: they are rewritten to point into the component, and `$id` and `$schema` (the
 * document's dialect is already draft 2020-12) are left out, so every reader resolves them alike.
 */
export function asComponent(name: string, schema: SchemaObject): SchemaObject {
  const { $id: _id, $schema: _schema, ...rest } = schema;
  const base = componentRef(name).$ref;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) =>
        key === '$ref' && typeof child === 'string' && child.startsWith('#')
          ? [key, `${base}${child.slice(1)}`]
          : [key, rewrite(child)],
      ),
    );
  };
  return rewrite(rest) as SchemaObject;
}

/** The component name of a form version's answers schema: `Answers.<formId>.<version>`. */
export const answersComponentName = (formId: string, version: number) => `Answers.${formId}.${version}`;

/**
 * One component per published form version: the JSON Schema of its answers, as
 * `GET /api/forms/{formId}/schema?version=` serves it, titled in English like the document.
 */
export function answerComponents(forms: FormRegistry): Record<string, SchemaObject> {
  const components: Record<string, SchemaObject> = {};
  for (const formId of forms.ids()) {
    for (const version of forms.versions(formId)) {
      const definition = forms.get(formId, version);
      if (!definition) continue;
      const name = answersComponentName(formId, version);
      components[name] = asComponent(name, answersSchemaOf(definition, 'en'));
    }
  }
  return components;
}

import { type FieldScope, makeScope } from './conditions.ts';
import type { FormDefinition, Language } from './definition.ts';
import type { Field } from './field-types.ts';
import { emptySchema, valueSchema } from './json-schema-fields.ts';
import { alwaysRequired, EMPTY, fieldRules, type JsonSchema } from './json-schema-rules.ts';
import { formFields } from './rules.ts';

function objectSchema(fields: readonly Field[], scope: FieldScope, lang: Language): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of fields) {
    const value = valueSchema(field, lang, (items) => objectSchema(items, makeScope(items, scope), lang));
    const annotations = { title: field.label[lang], description: field.help?.[lang] };
    // Empty answers are allowed unless the field is always required; `allOf` narrows that per rule.
    properties[field.id] = alwaysRequired(field)
      ? { ...annotations, ...value }
      : { ...annotations, anyOf: [value, emptySchema(field)] };
  }
  const rules = fields.flatMap((f) => fieldRules(f, scope));
  return {
    type: 'object',
    properties,
    required: fields.filter(alwaysRequired).map((f) => f.id),
    additionalProperties: false,
    ...(rules.length > 0 ? { allOf: rules } : {}),
  };
}

/**
 * The JSON Schema (draft 2020-12) of a submission's answers to `definition`, titled in `lang`.
 *
 * Not expressible, so approximated by accepting more than `validateAnswers` does:
 * - a visibility or required condition that names a field outside the current group item (an item
 *   field that depends on a top-level answer): the rule is left out;
 * - date bounds: given as `formatMinimum`/`formatMaximum` annotations, and a real calendar date only
 *   as `format: "date"`, which 2020-12 validators treat as an annotation by default;
 * - web addresses: a pattern on the scheme, `format: "uri"` for the rest;
 * - content types: compared case-sensitively (the engine ignores case);
 * - computed values and the score: they are results, not answers, so they are not in the schema.
 */
export function toJsonSchema(definition: FormDefinition, lang: Language = 'id'): JsonSchema {
  const fields = formFields(definition);
  // Stringify drops the `undefined` annotations of fields without help text.
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:siklus:form:${definition.id}:${definition.version}`,
      title: definition.title[lang],
      description: definition.description[lang],
      ...objectSchema(fields, makeScope(fields), lang),
      $defs: { empty: EMPTY },
    }),
  ) as JsonSchema;
}

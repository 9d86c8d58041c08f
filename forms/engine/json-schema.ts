import type { Lang } from '#functions/platform/text/bilingual.ts';
import { type FieldScope, makeScope } from './conditions.ts';
import type { FormDefinition } from './definition.ts';
import type { Field } from './field-types.ts';
import { schemaApproximations } from './json-schema-approximations.ts';
import { emptySchema, valueSchema } from './json-schema-fields.ts';
import { alwaysRequired, EMPTY, fieldRules, type JsonSchema } from './json-schema-rules.ts';
import { formFields } from './rules.ts';

export {
  type AnswerPlace,
  type SchemaApproximation,
  schemaApproximations,
} from './json-schema-approximations.ts';

function objectSchema(fields: readonly Field[], scope: FieldScope, lang: Lang): JsonSchema {
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
 * How to validate with the schema and where it is looser than the engine, in English: the note
 * is for developers, whatever language the titles are in.
 */
export const schemaNote = [
  'Validation: the date fields carry format "date", so ajv in strict mode needs ajv-formats (or use ' +
    'another validator that knows that format); every format is also stated as a pattern, so ' +
    'asserting formats or not gives the same verdict.',
  'Web addresses are described by a pattern that follows the WHATWG URL parser, not by format ' +
    '"uri", which refuses the non-ASCII addresses the engine accepts.',
  'The engine stores web addresses as the WHATWG URL parser normalizes them and content types in ' +
    'lower case; stored answers conform to this schema too.',
  'This schema accepts more than the engine in these cases:',
  ...schemaApproximations.map((a) => `- ${a.why}`),
].join('\n');

/**
 * The JSON Schema (draft 2020-12) of a submission's answers to `definition`, titled in `lang`. Its
 * `description` is the form's, followed by {@link schemaNote}.
 *
 * The schema refuses nothing that `validateAnswers` accepts, neither the answers as sent nor the
 * value it returns; it accepts more only in the cases of {@link schemaApproximations}. Stated exactly,
 * though not in the obvious keywords:
 * - dates: the calendar (leap years included) and the bounds, as patterns, with `format: "date"`;
 * - web addresses: a pattern that follows how the WHATWG URL parser splits an address (scheme in any
 *   case, slashes or backslashes, user info, host characters, port up to 65535), not `format: "uri"`,
 *   which would refuse the non-ASCII addresses the engine accepts;
 * - content types: a pattern that ignores ASCII case, as the engine does, capped at 255 characters;
 * - a short text with a pattern: it must also not be blank, since the engine calls blank text empty;
 * - lengths: in Unicode code points, as `maxLength` counts and the engine does.
 *
 * Computed values and the score are results, not answers, so they are not in the schema.
 */
export function toJsonSchema(definition: FormDefinition, lang: Lang = 'id'): JsonSchema {
  const fields = formFields(definition);
  // Stringify drops the `undefined` annotations of fields without help text.
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:siklus:form:${definition.id}:${definition.version}`,
      title: definition.title[lang],
      description: `${definition.description[lang]}\n\n${schemaNote}`,
      ...objectSchema(fields, makeScope(fields), lang),
      $defs: { empty: EMPTY },
    }),
  ) as JsonSchema;
}

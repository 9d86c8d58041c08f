import type { JsonSchema } from '#forms/engine/json-schema-rules.ts';

type Schema = JsonSchema | boolean;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: unknown, value: unknown): boolean {
  const actual = typeOf(value);
  const types = Array.isArray(expected) ? expected : [expected];
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/**
 * Whether `value` conforms to `schema`, for the JSON Schema keywords the form export uses. A test
 * aid (no JSON Schema validator is installed): `format` and unknown keywords are annotations.
 */
export function conforms(schema: Schema, value: unknown, root: JsonSchema = schema as JsonSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = schema as Record<string, unknown> & JsonSchema;
  const sub = (child: unknown, v: unknown): boolean => conforms(child as Schema, v, root);
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/$defs/', '');
    if (!sub((root.$defs as Record<string, unknown>)[name], value)) return false;
  }
  if (s.type !== undefined && !typeMatches(s.type, value)) return false;
  if ('const' in s && s.const !== value) return false;
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((c) => sub(c, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((c) => sub(c, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((c) => sub(c, value)).length !== 1) return false;
  if (s.not !== undefined && sub(s.not, value)) return false;
  if (s.if !== undefined && sub(s.if, value) && s.then !== undefined && !sub(s.then, value)) return false;
  if (typeof value === 'string') {
    if (typeof s.maxLength === 'number' && value.length > s.maxLength) return false;
    if (typeof s.minLength === 'number' && value.length < s.minLength) return false;
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return false;
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      return false;
    if (s.items !== undefined && !value.every((v) => sub(s.items, v))) return false;
    if (s.contains !== undefined && !value.some((v) => sub(s.contains, v))) return false;
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    if (Array.isArray(s.required) && !s.required.every((k) => Object.hasOwn(object, k))) return false;
    for (const [key, v] of Object.entries(object)) {
      if (Object.hasOwn(properties, key)) {
        if (!sub(properties[key], v)) return false;
      } else if (s.additionalProperties === false) {
        return false;
      }
    }
  }
  return true;
}

import { type FieldScope, resolveField } from './conditions.ts';
import type { Condition } from './definition.ts';
import type { Field } from './field-types.ts';

/** A JSON Schema (draft 2020-12) as plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Matches an empty answer: null, blank text or an empty list (absent is covered by `required`). */
export const EMPTY_REF: JsonSchema = { $ref: '#/$defs/empty' };

/** The `$defs/empty` schema that {@link EMPTY_REF} points to. */
export const EMPTY: JsonSchema = {
  anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }, { type: 'array', maxItems: 0 }],
};

function present(id: string, schema: JsonSchema): JsonSchema {
  return { properties: { [id]: schema }, required: [id] };
}

function all(parts: readonly (JsonSchema | undefined)[]): JsonSchema[] | undefined {
  return parts.every((p) => p !== undefined) ? (parts as JsonSchema[]) : undefined;
}

/**
 * A condition as a schema of the object it is evaluated on, or undefined when it names a field of
 * an enclosing scope: JSON Schema cannot look from a group item up to the top level.
 */
export function conditionSchema(condition: Condition, scope: FieldScope): JsonSchema | undefined {
  if ('all' in condition) {
    const parts = all(condition.all.map((c) => conditionSchema(c, scope)));
    return parts && { allOf: parts };
  }
  if ('any' in condition) {
    const parts = all(condition.any.map((c) => conditionSchema(c, scope)));
    return parts && { anyOf: parts };
  }
  if ('not' in condition) {
    const inner = conditionSchema(condition.not, scope);
    return inner && { not: inner };
  }
  const found = resolveField(scope, condition.field);
  if (found === undefined || found.depth !== scope.depth) return undefined;
  if ('notEmpty' in condition) return present(condition.field, { not: EMPTY_REF });
  const value: JsonSchema = 'equals' in condition ? { const: condition.equals } : { enum: condition.in };
  const multiple = found.field.type === 'multipleChoice';
  return present(condition.field, multiple ? { type: 'array', contains: value } : value);
}

function ifThen(condition: JsonSchema, consequence: JsonSchema): JsonSchema {
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword; schemas are data, never awaited.
  return { if: condition, then: consequence };
}

/** Whether a field must be answered whatever the other answers are. */
export function alwaysRequired(field: Field): boolean {
  return field.required === true && field.visibleWhen === undefined;
}

/**
 * The `if`/`then` rules of one field: a hidden field must be empty, and a conditionally required
 * field must be answered when visible and its condition holds. A rule whose condition cannot be
 * expressed is left out, so the schema accepts more than the engine rather than less.
 */
export function fieldRules(field: Field, scope: FieldScope): JsonSchema[] {
  const rules: JsonSchema[] = [];
  const visible = field.visibleWhen === undefined ? null : conditionSchema(field.visibleWhen, scope);
  if (visible) rules.push(ifThen({ not: visible }, { properties: { [field.id]: EMPTY_REF } }));
  if (alwaysRequired(field) || field.required === undefined || field.required === false) return rules;
  const required = field.required === true ? null : conditionSchema(field.required, scope);
  if (visible === undefined || required === undefined) return rules;
  const when = [visible, required].filter((c): c is JsonSchema => c !== null);
  const condition = when.length === 1 && when[0] !== undefined ? when[0] : { allOf: when };
  rules.push(ifThen(condition, present(field.id, { not: EMPTY_REF })));
  return rules;
}

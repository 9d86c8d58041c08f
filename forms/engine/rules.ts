import {
  compileCondition,
  compileRequired,
  type FieldScope,
  makeScope,
  type Predicate,
} from './conditions.ts';
import type { FormDefinition } from './definition.ts';
import type { Field } from './field-types.ts';

/** A field's visibility and required rules, compiled; `items` holds a group's item rules. */
export interface FieldRule {
  readonly id: string;
  /** Absent when the field is always visible. */
  readonly visible: Predicate | undefined;
  readonly required: Predicate;
  readonly items: readonly FieldRule[] | undefined;
}

/** Every top-level field of a form, in order, across its sections. */
export function formFields(definition: FormDefinition): Field[] {
  return definition.sections.flatMap((s) => s.fields);
}

function compileRules(fields: readonly Field[], scope: FieldScope): FieldRule[] {
  return fields.map((field) => ({
    id: field.id,
    visible: field.visibleWhen === undefined ? undefined : compileCondition(field.visibleWhen, scope),
    required: compileRequired(field.required, scope),
    items: field.type === 'group' ? compileRules(field.fields, makeScope(field.fields, scope)) : undefined,
  }));
}

const cache = new WeakMap<FormDefinition, readonly FieldRule[]>();

/** The compiled rules of a form's top-level fields, built once per definition object. */
export function formRules(definition: FormDefinition): readonly FieldRule[] {
  let rules = cache.get(definition);
  if (rules === undefined) {
    const fields = formFields(definition);
    rules = compileRules(fields, makeScope(fields));
    cache.set(definition, rules);
  }
  return rules;
}

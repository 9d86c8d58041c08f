import { type FieldScope, makeScope, resolveField } from './conditions.ts';
import type { Condition, FormDefinition } from './definition.ts';
import { formDefinitionSchema } from './definition-schema.ts';
import type { Field } from './field-types.ts';
import { formFields } from './rules.ts';
import { defaultScorers, type ScorerRegistry } from './scoring.ts';
import { isCalendarDate } from './value-checks.ts';

/** Thrown when a form definition is malformed; `problems` says where and why. */
export class FormDefinitionError extends Error {
  readonly problems: readonly string[];
  constructor(formId: string, problems: readonly string[], options?: ErrorOptions) {
    super(`Form definition "${formId}" is invalid: ${problems.join('; ')}`, options);
    this.name = 'FormDefinitionError';
    this.problems = problems;
  }
}

// Answers arrive as JSON objects, where such ids would read inherited properties.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));
const NUMERIC = new Set<Field['type']>(['number', 'likert', 'maturityLevel']);

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function conditionProblems(condition: Condition, scope: FieldScope, at: string): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, scope, at));
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, scope, at));
  if ('not' in condition) return conditionProblems(condition.not, scope, at);
  const target = resolveField(scope, condition.field)?.field;
  if (target === undefined) return [`${at}: condition names unknown field "${condition.field}"`];
  // The engine compares the stored, normalized address, which the JSON Schema export cannot.
  if (target.type === 'url' && !('notEmpty' in condition))
    return [`${at}: a condition can only test whether "${target.id}", a web address, is answered`];
  if (target.type !== 'singleChoice' && target.type !== 'multipleChoice') return [];
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : [];
  return values
    .filter((value) => !target.options.some((o) => o.value === value))
    .map((value) => `${at}: "${String(value)}" is not an option of "${target.id}"`);
}

function checkBounds(field: Field, at: string, problems: string[]): void {
  const bad = (why: string): void => void problems.push(`${at}: ${why}`);
  switch (field.type) {
    case 'number':
      if (field.min > field.max) bad('min is above max');
      break;
    case 'date':
      for (const d of [field.min, field.max])
        if (d !== undefined && !isCalendarDate(d)) bad(`${d} is not a date`);
      if (field.min !== undefined && field.max !== undefined && field.min > field.max)
        bad('min is after max');
      break;
    case 'singleChoice':
    case 'multipleChoice': {
      const values = field.options.map((o) => o.value);
      if (duplicates(values).length > 0) bad(`duplicate options ${duplicates(values).join(', ')}`);
      if (
        field.type === 'multipleChoice' &&
        (field.minSelections ?? 0) > (field.maxSelections ?? values.length)
      ) {
        bad('minSelections is above maxSelections or the number of options');
      }
      break;
    }
    case 'shortText':
      try {
        if (field.pattern !== undefined) new RegExp(field.pattern, 'u');
      } catch {
        bad('pattern is not a regular expression');
      }
      break;
    case 'group':
      if ((field.minItems ?? 0) > field.maxItems) bad('minItems is above maxItems');
      break;
  }
}

function checkFields(fields: readonly Field[], scope: FieldScope, at: string, problems: string[]): void {
  for (const id of duplicates(fields.map((f) => f.id))) problems.push(`${at}: duplicate field id "${id}"`);
  for (const field of fields) {
    const here = `${at}${field.id}`;
    if (RESERVED.has(field.id)) problems.push(`${here}: reserved field id`);
    checkBounds(field, here, problems);
    if (field.visibleWhen !== undefined) problems.push(...conditionProblems(field.visibleWhen, scope, here));
    if (typeof field.required === 'object') problems.push(...conditionProblems(field.required, scope, here));
    if (field.type === 'group')
      checkFields(field.fields, makeScope(field.fields, scope), `${here}.`, problems);
  }
}

function checkComputedAndScoring(
  definition: FormDefinition,
  scorers: ScorerRegistry,
  problems: string[],
): void {
  const top = makeScope(formFields(definition));
  const lookup = (path: string): Field | undefined => {
    const [head = '', tail] = path.split('.', 2);
    const field = top.fields.get(head);
    if (tail === undefined || field?.type !== 'group') return tail === undefined ? field : undefined;
    return field.fields.find((f) => f.id === tail);
  };
  for (const id of duplicates((definition.computed ?? []).map((c) => c.id)))
    problems.push(`duplicate computed "${id}"`);
  for (const { id, compute } of definition.computed ?? []) {
    const paths = compute.kind === 'count' ? [compute.field] : compute.fields;
    for (const path of paths) {
      const type = lookup(path)?.type;
      const fits =
        compute.kind === 'count'
          ? type === 'group' || type === 'multipleChoice'
          : NUMERIC.has(type ?? 'group');
      if (!fits) problems.push(`computed ${id}: "${path}" is not a field it can ${compute.kind}`);
    }
  }
  const { scoring } = definition;
  if (scoring === undefined) return;
  if (!scorers.has(scoring.kind)) problems.push(`scoring: unknown scorer "${scoring.kind}"`);
  for (const id of Object.keys(scoring.weights ?? {})) {
    if (top.fields.get(id)?.type !== 'maturityLevel')
      problems.push(`scoring: "${id}" is not a maturity level field`);
  }
}

/**
 * Checks that `value` is a well-formed form definition: its shape, then the rules a shape cannot
 * state (unique ids per scope, conditions and expressions naming fields they can see, options that
 * exist, bounds in order, a known scorer).
 * @throws FormDefinitionError listing every problem found.
 */
export function checkFormDefinition(
  value: unknown,
  scorers: ScorerRegistry = defaultScorers,
): FormDefinition {
  const parsed = formDefinitionSchema.safeParse(value);
  const formId = String((value as { id?: unknown } | null)?.id ?? '?');
  if (!parsed.success) {
    throw new FormDefinitionError(
      formId,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`),
    );
  }
  const definition = parsed.data;
  const problems: string[] = [];
  for (const id of duplicates(definition.sections.map((s) => s.id)))
    problems.push(`duplicate section "${id}"`);
  const fields = formFields(definition);
  checkFields(fields, makeScope(fields), '', problems);
  checkComputedAndScoring(definition, scorers, problems);
  if (problems.length > 0) throw new FormDefinitionError(formId, problems);
  return definition;
}

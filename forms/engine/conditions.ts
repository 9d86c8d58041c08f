import type { Answers, Condition, ConditionValue } from './definition.ts';
import type { Field } from './field-types.ts';

/**
 * The fields a condition can see from one place in a form: those of its own group item first, then
 * those of each enclosing scope up to the top level (`depth` 0).
 */
export interface FieldScope {
  readonly fields: ReadonlyMap<string, Field>;
  readonly depth: number;
  readonly parent?: FieldScope;
}

/** The answers of each open scope, outermost first: `frames[0]` is the whole submission. */
export type Frames = readonly Answers[];

/** A compiled condition. */
export type Predicate = (frames: Frames) => boolean;

/** Builds the scope of `fields`, nested in `parent` when they belong to a group. */
export function makeScope(fields: readonly Field[], parent?: FieldScope): FieldScope {
  const map = new Map<string, Field>();
  for (const field of fields) map.set(field.id, field);
  return parent === undefined ? { fields: map, depth: 0 } : { fields: map, depth: parent.depth + 1, parent };
}

/** Finds the field a condition or expression names, searching outwards from `scope`. */
export function resolveField(scope: FieldScope, id: string): { field: Field; depth: number } | undefined {
  for (let s: FieldScope | undefined = scope; s !== undefined; s = s.parent) {
    const field = s.fields.get(id);
    if (field !== undefined) return { field, depth: s.depth };
  }
  return undefined;
}

/**
 * Whether an answer counts as not given: absent, null, blank text or an empty list. Non-required
 * fields accept those that fit their answer's type; hidden fields accept nothing else.
 */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Whether a value is a plain JSON-like object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matches(answer: unknown, expected: ConditionValue): boolean {
  return Array.isArray(answer) ? answer.includes(expected) : answer === expected;
}

function own(frame: Answers | undefined, id: string): unknown {
  // Answers come from the network: an inherited property such as `constructor` is not an answer.
  return frame !== undefined && Object.hasOwn(frame, id) ? frame[id] : undefined;
}

function reader(scope: FieldScope, id: string): (frames: Frames) => unknown {
  const found = resolveField(scope, id);
  if (found === undefined) throw new Error(`Condition refers to unknown field "${id}"`);
  const { depth } = found;
  return (frames) => own(frames[depth], id);
}

/**
 * Compiles a condition once per definition, so that validating a submission only reads answers.
 * @throws Error when the condition names a field `scope` cannot see (definitions are checked first).
 */
export function compileCondition(condition: Condition, scope: FieldScope): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, scope));
    return (frames) => parts.every((p) => p(frames));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, scope));
    return (frames) => parts.some((p) => p(frames));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, scope);
    return (frames) => !inner(frames);
  }
  const read = reader(scope, condition.field);
  if ('equals' in condition) {
    const expected = condition.equals;
    return (frames) => matches(read(frames), expected);
  }
  if ('in' in condition) {
    const expected = condition.in;
    return (frames) => {
      const answer = read(frames);
      return expected.some((e) => matches(answer, e));
    };
  }
  return (frames) => !isEmpty(read(frames));
}

/** Compiles `required`: `true`, `false` (the default) or a condition. */
export function compileRequired(required: Field['required'], scope: FieldScope): Predicate {
  if (required === undefined || typeof required === 'boolean') {
    const constant = required === true;
    return () => constant;
  }
  return compileCondition(required, scope);
}

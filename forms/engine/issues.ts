import type * as z from 'zod/mini';
import type { FormDefinition } from './definition.ts';
import type { FormErrorCode } from './error-codes.ts';
import type { Field, GroupField } from './field-types.ts';
import { formFields } from './rules.ts';

/** The group items a field sits in, outermost first, with 0-based item indexes. */
export type GroupTrail = readonly { readonly group: GroupField; readonly index: number }[];

/** One validation problem, located in the definition, before it is put into words. */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  readonly code: FormErrorCode;
  /** The field the path leads to; undefined for the submission, a group item or an unknown key. */
  readonly field: Field | undefined;
  readonly trail: GroupTrail;
}

type Issue = z.core.$ZodIssue;

const scopes = new WeakMap<readonly Field[], ReadonlyMap<string, Field>>();

function scopeOf(fields: readonly Field[]): ReadonlyMap<string, Field> {
  let map = scopes.get(fields);
  if (map === undefined) {
    map = new Map(fields.map((f) => [f.id, f]));
    scopes.set(fields, map);
  }
  return map;
}

interface Location {
  readonly field: Field | undefined;
  readonly trail: GroupTrail;
  /** Where the field's id is in the path; the path may go on inside its value. */
  readonly end: number;
}

function locate(fields: readonly Field[], path: readonly PropertyKey[]): Location {
  let scope = scopeOf(fields);
  const trail: { group: GroupField; index: number }[] = [];
  for (let i = 0; i < path.length; i += 2) {
    const key = path[i];
    const field = typeof key === 'string' ? scope.get(key) : undefined;
    if (field === undefined) return { field: undefined, trail, end: i };
    const index = path[i + 1];
    if (field.type !== 'group' || typeof index !== 'number') return { field, trail, end: i };
    trail.push({ group: field, index });
    // The path names a whole item of the group, not a field in it.
    if (i + 2 === path.length) return { field: undefined, trail, end: i + 1 };
    scope = scopeOf(field.fields);
  }
  return { field: undefined, trail, end: path.length };
}

function engineCode(issue: Issue): FormErrorCode | undefined {
  return issue.code === 'custom' ? (issue.params?.code as FormErrorCode | undefined) : undefined;
}

function zodCode(issue: Issue): FormErrorCode {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return 'too_long';
      return issue.origin === 'array' ? 'too_many_items' : 'out_of_range';
    case 'too_small':
      return issue.origin === 'array' ? 'too_few_items' : 'out_of_range';
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_format':
      return 'invalid_format';
    default:
      return 'invalid_type';
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/**
 * Turns zod issues into located field issues with stable codes. Unknown keys become one issue per
 * key; any fault inside a file reference is `invalid_file`; only the first issue of a path is kept,
 * so that a field shows one message.
 */
export function fieldIssues(definition: FormDefinition, issues: readonly Issue[]): FieldIssue[] {
  const fields = formFields(definition);
  const result: FieldIssue[] = [];
  const seen = new Set<string>();
  const add = (path: (string | number)[], code: FormErrorCode, location: Location): void => {
    const key = path.join('.');
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ path, code, field: location.field, trail: location.trail });
  };
  for (const issue of issues) {
    const location = locate(fields, issue.path);
    const own = engineCode(issue);
    const inside = location.end < issue.path.length - 1;
    if (location.field?.type === 'evidenceFile' && (inside || own === undefined)) {
      add(toPath(issue.path.slice(0, location.end + 1)), 'invalid_file', location);
    } else if (issue.code === 'unrecognized_keys') {
      // Locating one step further finds the group item the unknown keys were sent in.
      const scope = locate(fields, [...issue.path, '']);
      for (const key of issue.keys) add([...toPath(issue.path), key], 'unknown_field', scope);
    } else {
      add(toPath(issue.path), own ?? zodCode(issue), location);
    }
  }
  return result;
}

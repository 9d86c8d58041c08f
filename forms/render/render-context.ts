import { type FieldScope, resolveField } from '#forms/engine/conditions.ts';
import type { Condition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import type { FormError } from '#forms/engine/messages.ts';
import type { AttributeValue } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

/** What every part of one form rendering shares. */
export interface RenderContext {
  readonly lang: Lang;
  readonly readOnly: boolean;
  /** The errors of each answer path, as `validateAnswers` words them. */
  readonly errors: ReadonlyMap<string, readonly FormError[]>;
  /** Notes shown beside a field, by field path: what a verifier said of the answer. */
  readonly notes: ReadonlyMap<string, readonly FieldNote[]>;
  /** Element ids rendered so far that the error summary may link to. */
  readonly anchors: Set<string>;
}

/** A note beside a field: its heading in both languages, and what was written (in one language, as it was). */
export interface FieldNote {
  readonly title: { readonly id: string; readonly en: string };
  readonly text: string;
}

/** One field at one place of the form: its answer path, element ids and state. */
export interface FieldSlot {
  readonly field: Field;
  /** Field ids and item indexes joined by dots, also the input's `name`: `evidenceLinks.1.url`. */
  readonly path: string;
  /** The id of the control, or of the first control of a list: `field-evidenceLinks-1-url`. */
  readonly id: string;
  readonly value: unknown;
  /** Read-only, or hidden by a condition (its own or an enclosing group's): nothing to post. */
  readonly disabled: boolean;
  /** Whether the control gets the `required` attribute; never for conditional fields. */
  readonly required: boolean;
  readonly errors: readonly FormError[];
  /** Ids of the help text and error message, for `aria-describedby`; `''` when none. */
  readonly describedBy: string;
}

/** The element id of an answer path: `evidenceLinks.1.url` -> `field-evidenceLinks-1-url`. */
export function domId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/** The attributes every control of a slot carries. */
export function controlAttributes(slot: FieldSlot, id: string = slot.id): Record<string, AttributeValue> {
  return {
    id,
    name: slot.path,
    disabled: slot.disabled,
    required: slot.required,
    'aria-invalid': slot.errors.length > 0 ? 'true' : undefined,
  };
}

/**
 * A condition whose `field` names are replaced by the answer paths they denote from `scope`
 * (`title` in item 1 of `evidenceLinks` becomes `evidenceLinks.1.title`), resolved as the engine
 * resolves them, so that the page script only looks inputs up by name.
 * @param prefixes the path prefix of each scope depth: `['', 'evidenceLinks.1.']`.
 */
export function absoluteCondition(
  condition: Condition,
  scope: FieldScope,
  prefixes: readonly string[],
): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => absoluteCondition(c, scope, prefixes)) };
  if ('any' in condition) return { any: condition.any.map((c) => absoluteCondition(c, scope, prefixes)) };
  if ('not' in condition) return { not: absoluteCondition(condition.not, scope, prefixes) };
  const found = resolveField(scope, condition.field);
  const field = found === undefined ? condition.field : `${prefixes[found.depth] ?? ''}${condition.field}`;
  return { ...condition, field };
}

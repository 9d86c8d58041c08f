/**
 * The shape of a form definition: plain data that the engine validates, scores and exports.
 * The engine knows no particular form; each `*.form.ts` file is one value of {@link FormDefinition}.
 * Field types are in `field-types.ts`.
 * @packageDocumentation
 */
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { Field } from './field-types.ts';

/** A value a condition compares an answer with. */
export type ConditionValue = string | number | boolean;

/**
 * A rule over other answers. `field` names a field of the same group item or, failing that, of an
 * enclosing scope up to the top level. Against a multiple choice answer, `equals` and `in` test
 * whether the selection contains the value(s).
 */
export type Condition =
  | { readonly field: string; readonly equals: ConditionValue }
  | { readonly field: string; readonly in: readonly ConditionValue[] }
  | { readonly field: string; readonly notEmpty: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * A named expression over answers. A field path is a top-level field id or `group.field`, which
 * takes that field from every item of the group.
 */
export type ComputeExpression =
  | { readonly kind: 'sum'; readonly fields: readonly string[] }
  | { readonly kind: 'average'; readonly fields: readonly string[] }
  | { readonly kind: 'count'; readonly field: string };

export interface ComputedValue {
  readonly id: string;
  readonly label: Bilingual;
  readonly compute: ComputeExpression;
}

/** Names a scorer of the scorer registry; the other properties are that scorer's settings. */
export interface ScoringRule {
  readonly kind: string;
  readonly weights?: Readonly<Record<string, number>>;
}

export interface FormSection {
  readonly id: string;
  readonly title: Bilingual;
  readonly description?: Bilingual;
  readonly fields: readonly Field[];
}

export interface FormDefinition {
  /** kebab-case, stable across versions. */
  readonly id: string;
  /** A positive integer; a published version never changes. */
  readonly version: number;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly sections: readonly FormSection[];
  readonly computed?: readonly ComputedValue[];
  readonly scoring?: ScoringRule;
}

/** A submission's answers, keyed by field id. */
export type Answers = Readonly<Record<string, unknown>>;

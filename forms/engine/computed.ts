import { isEmpty, isRecord } from './conditions.ts';
import type { Answers, ComputeExpression, FormDefinition } from './definition.ts';

/** Computed values by id; `null` where there is nothing to compute from (an average of no answers). */
export type ComputedValues = Readonly<Record<string, number | null>>;

type Reader = (answers: Answers) => number[];

function own(values: Answers, id: string): unknown {
  return Object.hasOwn(values, id) ? values[id] : undefined;
}

function numbers(values: readonly unknown[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Reads the numbers at `field` or, for `group.field`, at that field of every group item. */
function reader(path: string): Reader {
  const [head = '', tail] = path.split('.', 2);
  if (tail === undefined) return (answers) => numbers([own(answers, head)]);
  return (answers) => {
    const items = own(answers, head);
    return Array.isArray(items)
      ? numbers(items.map((item) => (isRecord(item) ? own(item, tail) : undefined)))
      : [];
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function compile(expression: ComputeExpression): (answers: Answers) => number | null {
  switch (expression.kind) {
    case 'sum': {
      const readers = expression.fields.map(reader);
      return (answers) => sum(readers.flatMap((r) => r(answers)));
    }
    case 'average': {
      const readers = expression.fields.map(reader);
      return (answers) => {
        const values = readers.flatMap((r) => r(answers));
        return values.length === 0 ? null : sum(values) / values.length;
      };
    }
    case 'count': {
      const { field } = expression;
      return (answers) => {
        const value = own(answers, field);
        if (Array.isArray(value)) return value.length;
        return isEmpty(value) ? 0 : 1;
      };
    }
  }
}

const cache = new WeakMap<FormDefinition, readonly [string, (answers: Answers) => number | null][]>();

/**
 * Evaluates a form's computed values over valid answers: `sum` and `average` of number, Likert and
 * maturity answers (empty answers are left out), `count` of a group's items or of the selections
 * of a multiple choice.
 */
export function computeValues(definition: FormDefinition, answers: Answers): ComputedValues {
  let compiled = cache.get(definition);
  if (compiled === undefined) {
    compiled = (definition.computed ?? []).map((c) => [c.id, compile(c.compute)] as const);
    cache.set(definition, compiled);
  }
  const result: Record<string, number | null> = {};
  for (const [id, evaluate] of compiled) result[id] = evaluate(answers);
  return result;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, makeScope } from '#forms/engine/conditions.ts';
import type { Condition } from '#forms/engine/definition.ts';
import { formFields } from '#forms/engine/rules.ts';
import { absoluteCondition } from '#forms/render/render-context.ts';
import { evaluateCondition } from '#forms/render/visibility-script.ts';
import { makeFileRef } from '../builders.ts';
import { everyFieldForm } from '../every-field-form.ts';

const top = formFields(everyFieldForm);
const members = top.find((f) => f.id === 'members');
if (members?.type !== 'group') throw new Error('everyFieldForm has a members group');
const topScope = makeScope(top);
const itemScope = makeScope(members.fields, topScope);

const value = fc.constantFrom<unknown>(
  'web',
  'a',
  'b',
  'lead',
  '',
  '  ',
  0,
  4,
  5,
  true,
  null,
  undefined,
  {},
  makeFileRef(),
);
const answer = fc.oneof(value, fc.array(fc.constantFrom('a', 'b', 'c', 4, ''), { maxLength: 3 }));
const expected = fc.constantFrom('web', 'a', 'b', 'lead', '', 0, 4, 5, true);

/** Random conditions over the fields `ids` can name. */
function conditions(ids: readonly string[]) {
  const field = fc.constantFrom(...ids);
  return fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ field, equals: expected }),
      fc.record({ field, in: fc.array(expected, { minLength: 1, maxLength: 3 }) }),
      fc.record({ field, notEmpty: fc.constant(true as const) }),
      fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('condition') }),
    ),
  })).condition;
}

const answersOf = (ids: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...ids), answer, { maxKeys: ids.length });

/** Reads an answer by its dotted path, own properties only, as the page's inputs are read by name. */
function reader(answers: unknown): (path: string) => unknown {
  return (path) =>
    path
      .split('.')
      .reduce<unknown>(
        (at, key) =>
          typeof at === 'object' && at !== null && Object.hasOwn(at, key) ? (at as never)[key] : undefined,
        answers,
      );
}

describe('evaluateCondition', () => {
  it("agrees with the engine's compileCondition at the top level and inside a group item", () => {
    const topIds = top.map((f) => f.id);
    const itemIds = [...topIds, ...members.fields.map((f) => f.id)];
    const outcomes: boolean[] = [];
    fc.assert(
      fc.property(
        conditions(itemIds),
        answersOf(topIds),
        answersOf(['name', 'role']),
        fc.boolean(),
        (condition, outer, item, inItem) => {
          // Prepare
          const frames = inItem ? [{ ...outer, members: [{}, item] }, item] : [outer];
          const scope = inItem ? itemScope : topScope;
          let engine: boolean;
          try {
            engine = compileCondition(condition, scope)(frames);
          } catch {
            return; // A top-level condition naming an item field: the definition checks refuse it.
          }

          // Act
          const script = evaluateCondition(
            absoluteCondition(condition, scope, ['', 'members.1.']),
            reader(frames[0]),
          );

          // Assess
          expect(script).toBe(engine);
          outcomes.push(engine);
        },
      ),
      { numRuns: 1000 },
    );
    // Guards against a generator whose conditions never compile, or always hold.
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(200);
    expect(outcomes.filter((o) => !o).length).toBeGreaterThan(200);
  });
});

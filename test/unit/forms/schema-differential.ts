import { isRecord } from '#forms/engine/conditions.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { type AnswerPlace, schemaApproximations, toJsonSchema } from '#forms/engine/json-schema.ts';
import type { JsonSchema } from '#forms/engine/json-schema-rules.ts';
import { formFields } from '#forms/engine/rules.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { compileSchema, schemaAccepts } from './json-schema-ajv.ts';

/** How the engine and ajv, on the exported schema, judged one set of answers. */
export type Verdict =
  | { readonly kind: 'both-accept' | 'both-refuse' }
  /** The schema accepts more, in cases of the approximations named. */
  | { readonly kind: 'explained'; readonly approximations: readonly string[] }
  | { readonly kind: 'unexplained'; readonly why: string };

/** One answer among a submission's answers, with where it sits; `clear` sets it to null. */
export interface AnswerLeaf {
  readonly value: unknown;
  readonly place: AnswerPlace;
  readonly clear: () => void;
}

/** Every answer to `scope`, absent ones too, and those in each group item, outermost first. */
export function answerLeaves(scope: readonly Field[], answers: Record<string, unknown>): AnswerLeaf[] {
  return scope.flatMap((field): AnswerLeaf[] => {
    // An absent answer is a leaf too: a rule can require it.
    const value = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
    const clear = (): void => {
      answers[field.id] = null;
    };
    const own = { value, place: { field, scope }, clear };
    if (field.type !== 'group' || !Array.isArray(value)) return [own];
    return [own, ...value.filter(isRecord).flatMap((item) => answerLeaves(field.fields, item))];
  });
}

/** Compares engine and schema on answers to one form; the schema is exported once per form. */
export class SchemaDifferential {
  /** `schema` is the export of `definition` unless a test hands in a broken one. */
  constructor(
    readonly definition: FormDefinition,
    readonly schema: JsonSchema = toJsonSchema(definition),
  ) {}

  /**
   * Judges `answers` (plain JSON). A disagreement is explained when the schema accepts answers the
   * engine refuses, some answer is a case of a documented approximation, and emptying those
   * answers ends the disagreement, or leaves only cases that do not depend on the value (a rule the
   * schema leaves out). Only the approximations needed are named.
   */
  judge(answers: unknown): Verdict {
    const engine = validateAnswers(this.definition, answers);
    const schema = compileSchema(this.schema)(answers) === true;
    if (engine.ok) {
      if (!schema) return { kind: 'unexplained', why: 'the schema refuses answers the engine accepts' };
      if (!schemaAccepts(this.schema, engine.value))
        return { kind: 'unexplained', why: 'the schema refuses the value the engine returns' };
      return { kind: 'both-accept' };
    }
    if (!schema) return { kind: 'both-refuse' };
    return this.explain(structuredClone(answers) as Answers);
  }

  private explain(answers: Answers): Verdict {
    const current = answers as Record<string, unknown>;
    const used = new Set<string>();
    const explained = (): Verdict => ({ kind: 'explained', approximations: [...used].sort() });
    for (let round = 0; round < 4; round++) {
      const found = answerLeaves(formFields(this.definition), current).flatMap((leaf) =>
        schemaApproximations.filter((a) => a.recognizes(leaf.value, leaf.place)).map((a) => ({ leaf, a })),
      );
      // Cases that hold whatever the value is (a rule left out) explain only what emptying cannot.
      const byValue = found.filter(({ leaf, a }) => !a.recognizes(null, leaf.place));
      if (byValue.length === 0) {
        for (const { a } of found) used.add(a.id);
        return found.length > 0
          ? explained()
          : { kind: 'unexplained', why: 'the schema accepts answers the engine refuses' };
      }
      for (const { leaf, a } of byValue) {
        used.add(a.id);
        leaf.clear();
      }
      const engine = validateAnswers(this.definition, current).ok;
      const schema = compileSchema(this.schema)(current) === true;
      if (engine && !schema) break;
      if (engine === schema) return explained();
    }
    return { kind: 'unexplained', why: 'the schema accepts answers the engine refuses' };
  }
}

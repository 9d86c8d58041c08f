import * as z from 'zod/mini';
import { isEmpty, isRecord } from './conditions.ts';
import type { Answers, FormDefinition } from './definition.ts';
import type { EngineIssueParams } from './error-codes.ts';
import { fieldsShape } from './field-schemas.ts';
import { type FieldRule, formFields, formRules } from './rules.ts';

type RawIssue = z.core.$ZodRawIssue;

function ruleIssue(code: EngineIssueParams['code'], path: PropertyKey[], input: unknown): RawIssue {
  return { code: 'custom', message: code, path, input, params: { code } satisfies EngineIssueParams };
}

function checkScope(
  rules: readonly FieldRule[],
  frames: Answers[],
  path: readonly PropertyKey[],
  issues: RawIssue[],
): void {
  const values = frames[frames.length - 1] ?? {};
  for (const rule of rules) {
    const value = Object.hasOwn(values, rule.id) ? values[rule.id] : undefined;
    if (rule.visible !== undefined && !rule.visible(frames)) {
      if (!isEmpty(value)) issues.push(ruleIssue('not_visible', [...path, rule.id], value));
      continue;
    }
    if (isEmpty(value)) {
      if (rule.required(frames)) issues.push(ruleIssue('required', [...path, rule.id], value));
      continue;
    }
    if (rule.items === undefined || !Array.isArray(value)) continue;
    for (const [index, item] of value.entries()) {
      // A malformed item already has its type issue from the item schema.
      if (isRecord(item)) checkScope(rule.items, [...frames, item], [...path, rule.id, index], issues);
    }
  }
}

function buildSchema(definition: FormDefinition): z.ZodMiniType<Answers> {
  const rules = formRules(definition);
  return z.strictObject(fieldsShape(formFields(definition))).check(
    z.check<Answers>(
      (payload) => {
        checkScope(rules, [payload.value], [], payload.issues);
      },
      // Visibility and required rules run even when some answer is malformed, so that a user sees
      // every problem at once; they read answers only through emptiness and equality. A field check
      // with `abort: true` would stop them, so field checks never abort.
      { when: (payload) => isRecord(payload.value) },
    ),
  );
}

const cache = new WeakMap<FormDefinition, z.ZodMiniType<Answers>>();

/**
 * The zod/mini schema of a submission's answers to `definition`, derived once per definition
 * object (definitions are immutable once published).
 *
 * - The answers are an object keyed by field id; unknown keys are refused (`unknown_field`).
 * - A non-required field accepts an empty answer: absent or `null`; also blank text for text, date,
 *   address and single choice fields, and an empty list for multiple choices and groups.
 * - `required` (true or a condition over other answers) is enforced only while the field is visible.
 * - A hidden field (its `visibleWhen` is false) must be empty: an answer to it is refused with
 *   `not_visible`, never silently dropped, so a stored submission holds no answer to a question the
 *   person was not shown. Pages that post every input (no JavaScript) clear hidden answers with
 *   `clearHiddenAnswers` before validating.
 * - Group items follow the same rules, each item being its own scope.
 * - The parsed answers are the ones to store: web addresses as the WHATWG URL parser normalizes them
 *   (`webUrl`), content types in lower case; everything else as sent.
 *
 * Issues from the engine's own checks are zod `custom` issues whose `params.code` is a
 * `FormErrorCode`; `validateAnswers` turns every issue into a bilingual field error.
 */
export function answersSchema(definition: FormDefinition): z.ZodMiniType<Answers> {
  let schema = cache.get(definition);
  if (schema === undefined) {
    schema = buildSchema(definition);
    cache.set(definition, schema);
  }
  return schema;
}

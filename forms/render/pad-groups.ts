import { isRecord } from '#forms/engine/conditions.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { type FieldRule, formFields, formRules } from '#forms/engine/rules.ts';

function padScope(
  fields: readonly Field[],
  rules: readonly FieldRule[],
  frames: readonly Answers[],
): Answers {
  const values = frames.at(-1) ?? {};
  const result: Record<string, unknown> = { ...values };
  fields.forEach((field, i) => {
    const rule = rules[i];
    if (field.type !== 'group' || rule === undefined) return;
    const value = Object.hasOwn(values, field.id) ? values[field.id] : undefined;
    if (value !== undefined && value !== null && !Array.isArray(value)) return;
    const items: unknown[] = Array.isArray(value) ? [...value] : [];
    const needed = Math.max(field.minItems ?? 0, rule.required(frames) ? 1 : 0);
    while (items.length < needed) items.push({});
    if (items.length === 0) return;
    result[field.id] = items.map((item) =>
      isRecord(item) ? padScope(field.fields, rule.items ?? [], [...frames, item]) : item,
    );
  });
  return result;
}

/**
 * The answers with empty items added to each group that has fewer than it needs: `minItems`, or
 * one when the group is required. `renderForm` renders the padded answers, and computes visibility
 * from them, since posting the form sends those items back.
 */
export function padGroups(definition: FormDefinition, answers: Answers): Answers {
  return padScope(formFields(definition), formRules(definition), [answers]);
}

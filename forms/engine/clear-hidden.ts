import { isEmpty, isRecord } from './conditions.ts';
import type { Answers, FormDefinition } from './definition.ts';
import { type FieldRule, formRules } from './rules.ts';

interface Cleared {
  readonly values: Answers;
  readonly changed: boolean;
}

function clearScope(rules: readonly FieldRule[], frames: Answers[]): Cleared {
  const values = frames[frames.length - 1] ?? {};
  const result: Record<string, unknown> = { ...values };
  let changed = false;
  for (const rule of rules) {
    if (!Object.hasOwn(values, rule.id)) continue;
    const value = values[rule.id];
    if (rule.visible !== undefined && !rule.visible(frames) && !isEmpty(value)) {
      delete result[rule.id];
      changed = true;
    } else if (rule.items !== undefined && Array.isArray(value)) {
      const items = rule.items;
      result[rule.id] = value.map((item: unknown) => {
        if (!isRecord(item)) return item;
        const cleared = clearScope(items, [...frames, item]);
        changed ||= cleared.changed;
        return cleared.values;
      });
    }
  }
  return { values: result, changed };
}

/**
 * Removes the answers to fields that are hidden given the other answers, for pages that post
 * every input of a form whatever the person saw (no JavaScript). Returns a new object; input that
 * is not an object is returned as it is, for validation to refuse.
 *
 * The API does not call this: there an answer to a hidden field is a client error (`not_visible`).
 */
export function clearHiddenAnswers(definition: FormDefinition, answers: unknown): unknown {
  if (!isRecord(answers)) return answers;
  const rules = formRules(definition);
  let current: Answers = answers;
  // Clearing one answer can hide a field that depends on it; each round clears at least one answer.
  for (;;) {
    const { values, changed } = clearScope(rules, [current]);
    if (!changed) return values;
    current = values;
  }
}

/**
 * The page script that shows and hides conditional fields as a person answers, without a round
 * trip. `renderForm` writes each condition in `data-visible-when` with its field names already
 * resolved to answer paths (`evidenceLinks.1.title`), so the script only looks inputs up by name.
 *
 * The page script `forms/render/browser/visibility.ts` runs the two functions below; it is built
 * for the browser as a real file (`npm run build:browser`), and the tests run that built file.
 * @packageDocumentation
 */
import type { Condition } from '#forms/engine/definition.ts';

/** The part of a DOM element the script uses (this project compiles without the DOM library). */
export interface ScriptElement {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly checked: boolean;
  disabled: boolean;
  hidden: boolean;
  readonly parentElement: ScriptElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  closest(selector: string): ScriptElement | null;
  querySelectorAll(selector: string): Iterable<ScriptElement>;
  addEventListener(type: string, listener: () => void): void;
}

/** The part of the document the script uses. */
export interface ScriptDocument {
  readonly readyState: string;
  querySelectorAll(selector: string): Iterable<ScriptElement>;
  addEventListener(type: string, listener: () => void): void;
}

/**
 * Evaluates a condition whose `field` names are answer paths, as the engine's `compileCondition`
 * does: `equals` and `in` test membership against a list answer, `notEmpty` treats absent, null,
 * blank text and empty lists as empty.
 */
export function evaluateCondition(condition: Condition, read: (path: string) => unknown): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, read));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, read));
  if ('not' in condition) return !evaluateCondition(condition.not, read);
  const answer = read(condition.field);
  if ('notEmpty' in condition) {
    if (answer === undefined || answer === null) return false;
    if (typeof answer === 'string') return answer.trim() !== '';
    return !Array.isArray(answer) || answer.length > 0;
  }
  const expected = 'equals' in condition ? [condition.equals] : condition.in;
  return expected.some((e) => (Array.isArray(answer) ? answer.includes(e) : answer === e));
}

/**
 * Wires every `form[data-visibility]` of a document: reads the enabled controls as
 * `formDataToAnswers` would type them, then, until nothing changes (hiding a field can hide
 * others), sets `hidden` on each conditional field and disables the controls inside hidden ones.
 */
export function wireVisibility(doc: ScriptDocument, evaluate: typeof evaluateCondition): void {
  for (const form of doc.querySelectorAll('form[data-visibility]')) {
    const read = (path: string): unknown => {
      let list: unknown[] | undefined;
      let one: unknown;
      const items = new Set<string>();
      for (const c of form.querySelectorAll('[name]')) {
        if (c.disabled) continue;
        const text = c.value.trim();
        const value =
          c.hasAttribute('data-number') && text !== '' && Number.isFinite(+text) ? +text : c.value;
        if (c.name === path) {
          if (c.type === 'checkbox') {
            list = list || [];
            if (c.checked) list.push(value);
          } else if (c.type !== 'radio' || c.checked) one = value;
        } else if (c.name === `${path}.fileId`) {
          if (c.value !== '') one = {};
        } else if (c.name.startsWith(`${path}.`)) {
          const index = c.name.slice(path.length + 1).split('.')[0] ?? '';
          if (/^\d+$/.test(index)) items.add(index);
        }
      }
      return list || (items.size > 0 ? Array.from(items, () => ({})) : one);
    };
    const update = (): void => {
      for (let round = 0; round < 20; round++) {
        let changed = false;
        for (const field of form.querySelectorAll('[data-visible-when]')) {
          const hidden = !evaluate(JSON.parse(field.getAttribute('data-visible-when') || '{}'), read);
          if (field.hidden !== hidden) changed = true;
          field.hidden = hidden;
          const off = hidden || (field.parentElement?.closest('[hidden]') ?? null) !== null;
          for (const c of field.querySelectorAll('input,select,textarea,button')) c.disabled = off;
        }
        if (!changed) return;
      }
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }
}

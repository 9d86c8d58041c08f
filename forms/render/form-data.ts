import { clearHiddenAnswers } from '#forms/engine/clear-hidden.ts';
import { isRecord } from '#forms/engine/conditions.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { formFields } from '#forms/engine/rules.ts';
import { fileRefParts } from './controls.ts';
import { applyAction, type FormAction, parseAction } from './form-action.ts';
import { ITEM_MARKER } from './render-group.ts';

/** What a form post says: the answers, and the button it was posted with. */
export interface ParsedForm {
  readonly answers: Answers;
  readonly action?: FormAction;
}

/** The posted values of one scope (the top level or a group item), before they are typed. */
interface Posted {
  /** By field id, or `fieldId.part` for the parts of a file reference. */
  readonly values: Map<string, string[]>;
  readonly items: Map<string, Map<number, Posted>>;
}

const posted = (): Posted => ({ values: new Map(), items: new Map() });
const INDEX = /^\d{1,6}$/;
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const PARTS = new Set<string>(fileRefParts);

/** Files one posted name under its scope; false when the name is not an input of the form. */
function collect(
  fields: readonly Field[],
  into: Posted,
  segments: readonly string[],
  value: string,
): boolean {
  const [head, ...rest] = segments;
  const field = fields.find((f) => f.id === head);
  if (field === undefined) return false;
  let key = field.id;
  if (field.type === 'group') {
    const [index = '', ...inner] = rest;
    if (!INDEX.test(index) || inner.length === 0) return false;
    const items = into.items.get(key) ?? new Map<number, Posted>();
    const item = items.get(Number(index)) ?? posted();
    if (!(inner.length === 1 && inner[0] === ITEM_MARKER) && !collect(field.fields, item, inner, value))
      return false;
    items.set(Number(index), item);
    into.items.set(key, items);
    return true;
  }
  if (field.type === 'evidenceFile') {
    if (rest.length !== 1 || !PARTS.has(rest[0] ?? '')) return false;
    key = `${key}.${rest[0]}`;
  } else if (rest.length > 0) return false;
  into.values.set(key, [...(into.values.get(key) ?? []), value]);
  return true;
}

/** A number, or the text as it was when it is not one (validation then says `invalid_type`). */
function numberOf(text: string): number | string {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : text;
}

function typed(field: Field, from: Posted): unknown {
  const first = from.values.get(field.id)?.[0];
  switch (field.type) {
    case 'group': {
      const items = [...(from.items.get(field.id) ?? new Map<number, Posted>())];
      items.sort(([a], [b]) => a - b);
      return items.length === 0 ? undefined : items.map(([, item]) => answersOf(field.fields, item));
    }
    case 'evidenceFile': {
      const part = (name: string): string => from.values.get(`${field.id}.${name}`)?.[0] ?? '';
      if (part('fileId') === '') return undefined;
      const [fileId, sha256, name, contentType] = ['fileId', 'sha256', 'name', 'contentType'].map(part);
      return { fileId, sha256, name, contentType, size: numberOf(part('size')) };
    }
    case 'multipleChoice': {
      const selected = (from.values.get(field.id) ?? []).filter((v) => v !== '');
      return selected.length === 0 ? undefined : selected;
    }
    case 'number':
    case 'likert':
    case 'maturityLevel':
      return first === undefined || first.trim() === '' ? undefined : numberOf(first);
    default:
      // Browsers post the line breaks of a textarea as CRLF.
      return first === undefined || first.trim() === '' ? undefined : first.replace(/\r\n?/g, '\n');
  }
}

function answersOf(fields: readonly Field[], from: Posted): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    const value = typed(field, from);
    if (value !== undefined) answers[field.id] = value;
  }
  return answers;
}

/**
 * Reads a form-encoded post of `renderForm`'s markup back into typed answers: numbers,
 * Likert and maturity levels as numbers (text that is not a number is kept, for validation to
 * refuse), multiple choices as lists, group items from `group.<index>.field` names in index order
 * without gaps, file references from their hidden inputs when a `fileId` is given. Empty answers
 * are left out; names that are not inputs of the form (`_csrf`, `revision`) are ignored. Applies the
 * `add`/`remove` action of `_action`, then clears the answers to fields hidden by the others, since
 * a page without JavaScript posts them all.
 *
 * @example
 * const { answers, action } = formDataToAnswers(innovationReportForm, new URLSearchParams(body));
 * if (action?.kind === 'add' || action?.kind === 'remove') return page(renderForm(..., { answers }));
 */
export function formDataToAnswers(definition: FormDefinition, form: URLSearchParams): ParsedForm {
  const fields = formFields(definition);
  const top = posted();
  for (const [name, value] of form) collect(fields, top, name.split('.'), value);
  const answers = answersOf(fields, top);
  const parsed = parseAction(form.get('_action'));
  const action = parsed !== undefined && applyAction(fields, answers, parsed) ? parsed : undefined;
  const cleared = clearHiddenAnswers(definition, answers);
  return {
    answers: isRecord(cleared) ? cleared : answers,
    ...(action === undefined ? {} : { action }),
  };
}

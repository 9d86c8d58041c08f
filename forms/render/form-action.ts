import { isRecord } from '#forms/engine/conditions.ts';
import type { Field } from '#forms/engine/field-types.ts';

/**
 * The button a form was posted with: `add` and `remove` change group items (or remove an attached
 * file) and come back to the form; `save` keeps a draft; `submit` submits.
 */
export interface FormAction {
  readonly kind: 'add' | 'remove' | 'save' | 'submit';
  /** The group (`evidenceLinks`, `outer.0.inner`) or, for a removal without index, the field. */
  readonly path?: string;
  /** The item a removal removes. */
  readonly index?: number;
}

const INDEX = /^\d{1,6}$/;

/** Reads `_action`: `save`, `submit`, `add:<group path>`, `remove:<group path>.<index>` or `remove:<field path>`. */
export function parseAction(value: string | null): FormAction | undefined {
  if (value === 'save' || value === 'submit') return { kind: value };
  const match = /^(add|remove):(.+)$/.exec(value ?? '');
  if (match === null) return undefined;
  const kind = match[1] === 'add' ? 'add' : 'remove';
  const path = match[2] ?? '';
  const last = path.lastIndexOf('.');
  const tail = path.slice(last + 1);
  if (kind === 'remove' && last > 0 && INDEX.test(tail))
    return { kind, path: path.slice(0, last), index: Number(tail) };
  return { kind, path };
}

type Mutable = Record<string, unknown>;

/** The answers object holding the field a path names, and that field; undefined when the path leads nowhere. */
function locate(
  fields: readonly Field[],
  answers: Mutable,
  segments: readonly string[],
): { record: Mutable; field: Field } | undefined {
  const [head, ...rest] = segments;
  const field = fields.find((f) => f.id === head);
  if (field === undefined) return undefined;
  if (rest.length === 0) return { record: answers, field };
  const [index = '', ...inner] = rest;
  const items = answers[field.id];
  if (field.type !== 'group' || !Array.isArray(items) || !INDEX.test(index)) return undefined;
  const item: unknown = items[Number(index)];
  return isRecord(item) && inner.length > 0 ? locate(field.fields, item, inner) : undefined;
}

/**
 * Applies an `add` or `remove` action to freshly parsed answers, in place. Adding appends an empty
 * item while the group is under `maxItems`. Returns false when the action names nothing it can change.
 */
export function applyAction(fields: readonly Field[], answers: Mutable, action: FormAction): boolean {
  if (action.kind === 'save' || action.kind === 'submit') return true;
  const found = locate(fields, answers, (action.path ?? '').split('.'));
  if (found === undefined) return false;
  const { record, field } = found;
  const current: unknown = record[field.id];
  const items = Array.isArray(current) ? current : [];
  if (action.kind === 'add') {
    if (field.type !== 'group') return false;
    if (items.length < field.maxItems) record[field.id] = [...items, {}];
    return true;
  }
  if (action.index === undefined) {
    delete record[field.id];
    return true;
  }
  if (field.type !== 'group' || action.index >= items.length) return false;
  const kept = items.filter((_, i) => i !== action.index);
  if (kept.length > 0) record[field.id] = kept;
  else delete record[field.id];
  return true;
}

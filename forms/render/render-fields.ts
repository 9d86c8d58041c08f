import type { Field } from '#forms/engine/field-types.ts';
import type { FormError } from '#forms/engine/messages.ts';
import type { FieldRule } from '#forms/engine/rules.ts';
import { attrs, type Html, html } from '#functions/platform/html/html.ts';
import {
  likertControl,
  MAX_RADIOS,
  maturityLevelControl,
  multipleChoiceControl,
  singleChoiceControl,
} from './choice-controls.ts';
import { fileControl, textControl } from './controls.ts';
import { fieldHeader, type Place, wrapperAttributes } from './field-chrome.ts';
import { domId, type FieldSlot, type RenderContext } from './render-context.ts';
import { renderGroup } from './render-group.ts';

/** Field types whose controls form a list, rendered in a `<fieldset>` named by its `<legend>`. */
function isList(field: Field): boolean {
  if (field.type === 'singleChoice') return field.options.length <= MAX_RADIOS;
  return field.type === 'multipleChoice' || field.type === 'likert' || field.type === 'maturityLevel';
}

function control(slot: FieldSlot, ctx: RenderContext): Html {
  const { field } = slot;
  switch (field.type) {
    case 'singleChoice':
      return singleChoiceControl(slot, field, ctx);
    case 'multipleChoice':
      return multipleChoiceControl(slot, field, ctx);
    case 'likert':
      return likertControl(slot, field, ctx);
    case 'maturityLevel':
      return maturityLevelControl(slot, field, ctx);
    case 'evidenceFile':
      return fileControl(slot, field, ctx);
    default:
      return textControl(slot);
  }
}

/** The errors shown by a field: those of its path and, but for a group, of paths inside its value (`topics.2`). */
function errorsAt(ctx: RenderContext, path: string, inside: boolean): readonly FormError[] {
  const own = [...(ctx.errors.get(path) ?? [])];
  if (inside) for (const [at, errors] of ctx.errors) if (at.startsWith(`${path}.`)) own.push(...errors);
  return own;
}

function renderField(field: Field, rule: FieldRule, place: Place, ctx: RenderContext): Html {
  const path = `${place.prefixes.at(-1) ?? ''}${field.id}`;
  const id = domId(path);
  const errors = errorsAt(ctx, path, field.type !== 'group');
  const visible = rule.visible === undefined || rule.visible(place.frames);
  const always = field.visibleWhen === undefined && !place.conditional;
  const slot: FieldSlot = {
    field,
    path,
    id,
    value: Object.hasOwn(place.values, field.id) ? place.values[field.id] : undefined,
    disabled: ctx.readOnly || place.hidden || !visible,
    required: !ctx.readOnly && always && field.required === true && field.type !== 'evidenceFile',
    errors,
    describedBy: [
      field.help && `${id}-hint`,
      field.type === 'date' && `${id}-format`,
      errors.length > 0 && `${id}-error`,
    ]
      .filter(Boolean)
      .join(' '),
  };
  ctx.anchors.add(id);
  if (field.type === 'group') return renderGroup(slot, field, rule, place, ctx, visible, renderFields);
  const wrapper = wrapperAttributes(slot, place, visible);
  if (isList(field)) {
    const a = attrs({ ...wrapper, 'aria-describedby': slot.describedBy || undefined });
    return html`<fieldset${a}>${fieldHeader(slot, ctx, 'legend')}${control(slot, ctx)}</fieldset>`;
  }
  const data = field.type === 'evidenceFile' && {
    'data-evidence-field': path,
    'data-accept': field.accept.join(','),
    'data-max-bytes': field.maxBytes,
  };
  return html`<div${attrs({ ...wrapper, ...data })}>${fieldHeader(slot, ctx, 'label')}${control(slot, ctx)}</div>`;
}

/** Renders `fields` with their compiled `rules` (same order) at one place of the form. */
export function renderFields(
  fields: readonly Field[],
  rules: readonly FieldRule[],
  place: Place,
  ctx: RenderContext,
): Html {
  return html`${fields.map((field, i) => {
    const rule = rules[i];
    return rule === undefined ? '' : renderField(field, rule, place, ctx);
  })}`;
}

import { isRecord, makeScope } from '#forms/engine/conditions.ts';
import type { Answers } from '#forms/engine/definition.ts';
import type { GroupField } from '#forms/engine/field-types.ts';
import type { FieldRule } from '#forms/engine/rules.ts';
import { attrs, type Html, html } from '#functions/platform/html/html.ts';
import { fieldHeader, type Place, type RenderFields, wrapperAttributes } from './field-chrome.ts';
import { domId, type FieldSlot, type RenderContext } from './render-context.ts';
import { itemTitle, texts } from './texts.ts';

/** The name of the hidden input each rendered group item posts, so that an item with no answers survives a post. */
export const ITEM_MARKER = '_item';

function actionButton(value: string, text: string, hiddenText: string, cls: string, disabled: boolean): Html {
  const a = attrs({ type: 'submit', class: cls, name: '_action', value, formnovalidate: true, disabled });
  return html`<button${a}>${text}<span class="visually-hidden"> ${hiddenText}</span></button>`;
}

function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A repeatable group: a `<fieldset>` per item (its legend numbering it, a hidden input marking that
 * the item exists), each with a remove button, then an "add another" button while under `maxItems`.
 * The answers are padded beforehand (`padGroups`) to the items the group needs.
 */
export function renderGroup(
  slot: FieldSlot,
  field: GroupField,
  rule: FieldRule,
  place: Place,
  ctx: RenderContext,
  visible: boolean,
  renderFields: RenderFields,
): Html {
  const { lang } = ctx;
  const items = itemsOf(slot.value);
  const cleared = itemsOf(place.frames.at(-1)?.[field.id]);
  const count = items.length;
  const scope = makeScope(field.fields, place.scope);
  const label = field.label[lang];
  const rendered = Array.from({ length: count }, (_, index) => {
    const path = `${slot.path}.${index}`;
    const id = domId(path);
    ctx.anchors.add(id);
    const item = items[index];
    const values: Answers = isRecord(item) ? item : {};
    const frame = cleared[index];
    const inner: Place = {
      scope,
      prefixes: [...place.prefixes, `${path}.`],
      // A hidden group's items are cleared: their fields read no sibling answers, as on the page.
      frames: [...place.frames, isRecord(frame) ? frame : {}],
      values,
      hidden: place.hidden || !visible,
      conditional: place.conditional || field.visibleWhen !== undefined,
    };
    const title = itemTitle(field.label, index)[lang];
    const errors = ctx.errors.get(path) ?? [];
    const error =
      errors.length > 0 && html`<p class="error-message">${errors.map((e) => e.message[lang]).join(' ')}</p>`;
    const marker = attrs({
      type: 'hidden',
      name: `${path}.${ITEM_MARKER}`,
      value: '',
      disabled: slot.disabled,
    });
    const remove =
      !ctx.readOnly &&
      actionButton(`remove:${path}`, texts.remove[lang], title, 'button-remove', slot.disabled);
    return html`<fieldset class="group-item" id="${id}" tabindex="-1"><legend>${title}</legend>${error}<input${marker}>${renderFields(field.fields, rule.items ?? [], inner, ctx)}${remove}</fieldset>`;
  });
  const add =
    !ctx.readOnly &&
    count < field.maxItems &&
    actionButton(`add:${slot.path}`, texts.addAnother[lang], `(${label})`, 'button-add', slot.disabled);
  const a = attrs({
    ...wrapperAttributes(slot, place, visible),
    id: slot.id,
    tabindex: -1,
    'aria-describedby': slot.describedBy || undefined,
  });
  return html`<fieldset${a}>${fieldHeader(slot, ctx, 'legend')}${rendered}${add}</fieldset>`;
}

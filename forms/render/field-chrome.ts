import type { FieldScope } from '#forms/engine/conditions.ts';
import type { Answers } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import type { FieldRule } from '#forms/engine/rules.ts';
import { type AttributeValue, type Html, html } from '#functions/platform/html/html.ts';
import { absoluteCondition, type FieldSlot, type RenderContext } from './render-context.ts';
import { texts } from './texts.ts';

/** Where a list of fields is rendered: the top level or one group item. */
export interface Place {
  readonly scope: FieldScope;
  /** The path prefix of each scope depth, outermost first: `['', 'evidenceLinks.1.']`. */
  readonly prefixes: readonly string[];
  /** Answers with hidden ones cleared, outermost first: what visibility and required rules read. */
  readonly frames: readonly Answers[];
  /** The answers of this scope as given, shown in the controls. */
  readonly values: Answers;
  /** An enclosing group is hidden. */
  readonly hidden: boolean;
  /** An enclosing group has a visibility condition. */
  readonly conditional: boolean;
}

/** The label (or legend) text with the required marker, the help text and the error message. */
export function fieldHeader(slot: FieldSlot, ctx: RenderContext, tag: 'label' | 'legend'): Html {
  const { field, id } = slot;
  const { lang } = ctx;
  const marker =
    field.required === true && html` <span class="required-marker">(${texts.required[lang]})</span>`;
  const name = html`${field.label[lang]}${marker}`;
  const head = tag === 'label' ? html`<label for="${id}">${name}</label>` : html`<legend>${name}</legend>`;
  const help = field.help !== undefined && html`<p class="hint" id="${id}-hint">${field.help[lang]}</p>`;
  // A browser shows a date in its own locale's order (mm/dd/yyyy in many): say what is meant.
  const format =
    field.type === 'date' && html`<p class="hint" id="${id}-format">${texts.dateFormat[lang]}</p>`;
  const errors =
    slot.errors.length > 0 &&
    html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${texts.errorPrefix[lang]} </span>${slot.errors.map((e) => e.message[lang]).join(' ')}</p>`;
  const notes = (ctx.notes.get(slot.path) ?? []).map(
    (note) =>
      html`<div class="field-note" role="note"><p class="field-note__title">${note.title[lang]}</p><p>${note.text}</p></div>`,
  );
  return html`${head}${help}${format}${notes}${errors}`;
}

/** The attributes of a field's wrapper: classes, and its condition for the page's script. */
export function wrapperAttributes(
  slot: FieldSlot,
  place: Place,
  visible: boolean,
): Record<string, AttributeValue> {
  const { field } = slot;
  const condition = field.visibleWhen && absoluteCondition(field.visibleWhen, place.scope, place.prefixes);
  return {
    class: `field field--${field.type}${slot.errors.length > 0 ? ' field--error' : ''}`,
    hidden: !visible,
    'data-visible-when': condition && JSON.stringify(condition),
  };
}

/** Renders a list of fields with their compiled rules (same order) at one place of the form. */
export type RenderFields = (
  fields: readonly Field[],
  rules: readonly FieldRule[],
  place: Place,
  ctx: RenderContext,
) => Html;

import type {
  ChoiceOption,
  LikertField,
  MaturityLevelField,
  MultipleChoiceField,
  SingleChoiceField,
} from '#forms/engine/field-types.ts';
import { type AttributeValue, attrs, type Html, html } from '#functions/platform/html/html.ts';
import { textOf } from './controls.ts';
import { controlAttributes, type FieldSlot, type RenderContext } from './render-context.ts';
import { levelName, texts } from './texts.ts';

/** Beyond this many options a single choice is a `<select>` rather than radios. */
export const MAX_RADIOS = 6;

const SCALE = [1, 2, 3, 4, 5] as const;

/** The id of the n-th control of a list (0-based): the first takes the field's id, so that links to the field reach it. */
export function optionId(slot: FieldSlot, index: number): string {
  return index === 0 ? slot.id : `${slot.id}-opt-${index + 1}`;
}

function option(
  slot: FieldSlot,
  index: number,
  input: Readonly<Record<string, AttributeValue>>,
  label: Html | string,
  cls = 'choice',
): Html {
  const id = optionId(slot, index);
  return html`<div class="${cls}"><input${attrs({ ...controlAttributes(slot, id), ...input })}><label for="${id}">${label}</label></div>`;
}

/** A single choice as radios, or a `<select>` with an empty first option beyond {@link MAX_RADIOS} options. */
export function singleChoiceControl(slot: FieldSlot, field: SingleChoiceField, ctx: RenderContext): Html {
  if (field.options.length > MAX_RADIOS) {
    const a = attrs({ ...controlAttributes(slot), 'aria-describedby': slot.describedBy || undefined });
    const options = field.options.map(
      (o) =>
        html`<option${attrs({ value: o.value, selected: o.value === slot.value })}>${o.label[ctx.lang]}</option>`,
    );
    return html`<select${a}><option value="">${texts.chooseOne[ctx.lang]}</option>${options}</select>`;
  }
  const radios = field.options.map((o, i) =>
    option(slot, i, { type: 'radio', value: o.value, checked: o.value === slot.value }, o.label[ctx.lang]),
  );
  return html`<div class="choices">${radios}</div>`;
}

/** Checkboxes sharing the field's name; `required` is never set, since a browser would require every box. */
export function multipleChoiceControl(slot: FieldSlot, field: MultipleChoiceField, ctx: RenderContext): Html {
  const selected = Array.isArray(slot.value) ? slot.value : [];
  const boxes = field.options.map((o: ChoiceOption, i) =>
    option(
      { ...slot, required: false },
      i,
      { type: 'checkbox', value: o.value, checked: selected.includes(o.value) },
      o.label[ctx.lang],
    ),
  );
  return html`<div class="choices">${boxes}</div>`;
}

function isLevel(slot: FieldSlot, n: number): boolean {
  return textOf(slot.value) === String(n);
}

/** A row of radios 1 to 5; the labels of 1 and 5 carry the anchors. */
export function likertControl(slot: FieldSlot, field: LikertField, ctx: RenderContext): Html {
  const anchor = (n: number): Html | string => {
    const text = n === 1 ? field.anchors.low : n === 5 ? field.anchors.high : undefined;
    return text === undefined ? String(n) : html`${n} <span class="likert-anchor">${text[ctx.lang]}</span>`;
  };
  const radios = SCALE.map((n, i) =>
    option(slot, i, { type: 'radio', value: n, checked: isLevel(slot, n), 'data-number': true }, anchor(n)),
  );
  return html`<div class="likert">${radios}</div>`;
}

/** Radios 1 to 5, each labelled by its level and description, with the evidence asked shown beneath. */
export function maturityLevelControl(slot: FieldSlot, field: MaturityLevelField, ctx: RenderContext): Html {
  const { lang } = ctx;
  const levels = field.levels.map((level, i) => {
    const n = i + 1;
    const evidenceId = `${slot.id}-level-${n}-evidence`;
    const input = {
      type: 'radio',
      value: n,
      checked: isLevel(slot, n),
      'data-number': true,
      'aria-describedby': evidenceId,
    };
    const label = html`<span class="maturity-level-name">${levelName(n)[lang]}</span> ${level.description[lang]}`;
    const evidence = html`<p class="hint maturity-evidence" id="${evidenceId}">${texts.evidenceAsked[lang]}: ${level.evidence[lang]}</p>`;
    return html`<div class="maturity-level">${option(slot, i, input, label, 'choice')}${evidence}</div>`;
  });
  return html`<div class="maturity-levels">${levels}</div>`;
}

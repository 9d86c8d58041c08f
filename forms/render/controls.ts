import { isRecord } from '#forms/engine/conditions.ts';
import type { EvidenceFileField, Field } from '#forms/engine/field-types.ts';
import { DEFAULT_URL_MAX_LENGTH } from '#forms/engine/value-checks.ts';
import { type AttributeValue, attrs, type Html, html } from '#functions/platform/html/html.ts';
import { controlAttributes, type FieldSlot, type RenderContext } from './render-context.ts';
import { fileRule, fileSummary, texts } from './texts.ts';

/** The parts of a file reference, each posted by a hidden input named `<path>.<part>`. */
export const fileRefParts = ['fileId', 'sha256', 'name', 'contentType', 'size'] as const;

/** An answer as the text of a control: strings as they are, numbers in JavaScript notation, else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function describedBy(...ids: readonly string[]): string | undefined {
  const joined = ids.filter((id) => id !== '').join(' ');
  return joined === '' ? undefined : joined;
}

function typeAttributes(field: Field): Record<string, AttributeValue> | undefined {
  switch (field.type) {
    case 'shortText':
      return { type: 'text', maxlength: field.maxLength };
    case 'url':
      return { type: 'url', maxlength: field.maxLength ?? DEFAULT_URL_MAX_LENGTH, inputmode: 'url' };
    case 'date':
      return { type: 'date', min: field.min, max: field.max };
    case 'number': {
      const whole = field.integer === true;
      return {
        type: 'number',
        min: field.min,
        max: field.max,
        step: whole ? 1 : 'any',
        inputmode: whole && field.min >= 0 ? 'numeric' : 'decimal',
      };
    }
    default:
      return undefined;
  }
}

/**
 * The control of a one-value field (`shortText`, `longText`, `number`, `date`, `url`). A textarea
 * starts with a newline, which HTML parsers drop, so that an answer starting with one keeps it.
 */
export function textControl(slot: FieldSlot): Html {
  const common = { ...controlAttributes(slot), 'aria-describedby': describedBy(slot.describedBy) };
  if (slot.field.type === 'longText') {
    const a = attrs({ ...common, rows: 5, maxlength: slot.field.maxLength });
    return html`<textarea${a}>\n${textOf(slot.value)}</textarea>`;
  }
  const value = textOf(slot.value);
  const a = attrs({ ...typeAttributes(slot.field), ...urlHolder(slot.field, value), ...common, value });
  return html`<input${a}>`;
}

/**
 * HTML lets an `<input type="url">` hold only a valid absolute URL (or nothing). What a person
 * typed that is not one is shown again as typed, in a text control (same keyboard), beside its error.
 */
function urlHolder(field: Field, value: string): Record<string, AttributeValue> {
  if (field.type !== 'url' || value === '' || (!/\s/.test(value) && URL.canParse(value))) return {};
  return { type: 'text' };
}

/**
 * An evidence file: the file picker (named `<path>.file`: without JavaScript the file is posted with
 * the form; with it, the page's script uploads the file, fills the hidden inputs of the reference and
 * removes the picker's name), the current reference as hidden inputs, and what is attached.
 */
export function fileControl(slot: FieldSlot, field: EvidenceFileField, ctx: RenderContext): Html {
  const { lang } = ctx;
  const ref = isRecord(slot.value) ? slot.value : {};
  const attached = typeof ref.fileId === 'string' && ref.fileId !== '';
  const ruleId = `${slot.id}-rule`;
  const attachedId = `${slot.id}-attached`;
  const hidden = fileRefParts.map(
    (part) =>
      html`<input${attrs({ type: 'hidden', name: `${slot.path}.${part}`, value: textOf(ref[part]), disabled: slot.disabled })}>`,
  );
  const picker = attrs({
    type: 'file',
    id: slot.id,
    // Posted with the form (multipart) when no script uploads it first; the script drops the name.
    name: `${slot.path}.file`,
    accept: field.accept.join(','),
    disabled: slot.disabled,
    'aria-invalid': slot.errors.length > 0 ? 'true' : undefined,
    'aria-describedby': describedBy(slot.describedBy, ruleId, attached ? attachedId : ''),
  });
  const name = textOf(ref.name);
  const summary = typeof ref.size === 'number' ? fileSummary(name, ref.size)[lang] : name;
  const remove = html` <button${attrs({
    type: 'submit',
    class: 'button-remove',
    name: '_action',
    value: `remove:${slot.path}`,
    formnovalidate: true,
    disabled: slot.disabled,
  })}>${texts.removeFile[lang]}<span class="visually-hidden"> ${field.label[lang]}</span></button>`;
  return html`<p class="hint" id="${ruleId}">${fileRule(field.accept, field.maxBytes)[lang]}</p>
${attached && html`<p class="evidence-attached" id="${attachedId}">${texts.attached[lang]}: ${summary}${!ctx.readOnly && remove}</p>`}
<input${picker}>${hidden}`;
}

/**
 * A tiny tagged template for HTML: interpolated values are escaped unless wrapped by {@link raw} or
 * produced by {@link html} itself, so markup built from labels and answers cannot inject elements
 * or break out of an attribute.
 * @packageDocumentation
 */

/** Markup that is already safe to insert as it is. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What an `html` template accepts: text (escaped), markup, lists of either; `false`, `null` and `undefined` write nothing. */
export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an element's content or a quoted attribute value (either quote). Attributes
 * written by this module are always quoted.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Marks trusted markup as safe; never pass it text that came from a person. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function write(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(write).join('');
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * Builds markup, escaping every interpolated value that is not already {@link Html}.
 * @example
 * html`<p title="${label}">${answer}</p>`; // label and answer are escaped
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += write(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** An attribute value: text or a number is written quoted, `true` as a bare attribute, `false` and `undefined` not at all. */
export type AttributeValue = string | number | boolean | undefined;

/**
 * Attributes, each preceded by a space, for `<input${attrs({ name, required: true })}>`. Names are
 * written as they are (they come from code); values are escaped.
 */
export function attrs(attributes: Readonly<Record<string, AttributeValue>>): Html {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new Html(out);
}

import type { FieldError } from '#functions/platform/errors/domain-errors.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { texts } from './texts.ts';

/**
 * A refused post, shown again on the page it came from: which of the page's forms was posted,
 * each field's message, the refusal's own message, and what was typed (kept in the form).
 */
export interface RefusedPost<Form extends string = string> {
  form: Form;
  errors: readonly FieldError[];
  message: Bilingual;
  posted: URLSearchParams;
}

/**
 * A labelled field: its control gets `aria-invalid` and is described by its error (and by its
 * hint, when it has one), so that a screen reader reads the message with the field.
 */
export const labelledField = (
  lang: Lang,
  { id, label, path, hint }: { id: string; label: string; path: string; hint?: string },
  errors: readonly FieldError[],
  control: (a11y: Html | '') => Html,
) => {
  const error = errors.find((e) => e.path === path);
  const describedBy = [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  const a11y = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  return html`<div class="field${error ? ' field--error' : ''}"><label for="${id}">${label}</label>${
    error ? html`<p class="error-message" id="${id}-error">${error.message[lang]}</p>` : ''
  }${control(a11y)}</div>`;
};

/** Above the form that was posted: nothing was changed, why, and each field's message. */
export function errorSummary(
  refused: RefusedPost | undefined,
  form: string,
  lang: Lang,
  heading: Bilingual = texts.notChanged,
): Html | '' {
  if (!refused || refused.form !== form) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1"><h2>${heading[lang]}</h2><p>${refused.message[lang]}</p>${
    refused.errors.length
      ? html`<ul>${refused.errors.map((e) => html`<li>${e.message[lang]}</li>`)}</ul>`
      : ''
  }</div>`;
}

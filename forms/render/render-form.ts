import { clearHiddenAnswers } from '#forms/engine/clear-hidden.ts';
import { isRecord, makeScope } from '#forms/engine/conditions.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import type { FormError } from '#forms/engine/messages.ts';
import { formFields, formRules } from '#forms/engine/rules.ts';
import { attrs, type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { computedPanel } from './computed-panel.ts';
import type { Place } from './field-chrome.ts';
import { padGroups } from './pad-groups.ts';
import { domId, type FieldNote, type RenderContext } from './render-context.ts';
import { renderFields } from './render-fields.ts';
import { texts } from './texts.ts';

/** How to render a form. */
export interface RenderFormOptions {
  readonly lang: Lang;
  /** The current answers: possibly partial or invalid (a draft, or a post that failed validation). */
  readonly answers: unknown;
  /** From `validateAnswers` or draft checks; each is shown by its field and in the summary. */
  readonly errors?: readonly FormError[];
  /** Where the form posts. */
  readonly action: string;
  readonly csrfToken: string;
  /** More hidden inputs, e.g. `{ revision: '3' }`. */
  readonly hiddenInputs?: Readonly<Record<string, string>>;
  /** Every control disabled, no buttons, no `required`: nothing to post. */
  readonly readOnly?: boolean;
  /** Where the page's script asks for an upload ticket; written as `data-upload-url` on the form. */
  readonly uploadUrl?: string;
  /** Notes shown beside fields, by field path (a verifier's comments on a revision). */
  readonly notes?: ReadonlyMap<string, readonly FieldNote[]>;
  /**
   * A form answered once, with no draft (a public questionnaire): one submit button with this
   * label, in place of saving a draft and submitting.
   */
  readonly sendLabel?: string;
  /** Markup placed right after the hidden inputs, before the fields (a honeypot field). */
  readonly before?: Html;
}

function hasFileField(fields: readonly Field[]): boolean {
  return fields.some((f) => f.type === 'evidenceFile' || (f.type === 'group' && hasFileField(f.fields)));
}

function errorsByPath(errors: readonly FormError[]): Map<string, FormError[]> {
  const map = new Map<string, FormError[]>();
  for (const error of errors) map.set(error.path, [...(map.get(error.path) ?? []), error]);
  return map;
}

/** The rendered element an error path leads to: the path's own, or that of the nearest enclosing field or item. */
function anchorOf(path: string, anchors: ReadonlySet<string>): string | undefined {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const id = domId(segments.slice(0, n).join('.'));
    if (anchors.has(id)) return id;
  }
  return undefined;
}

function errorSummary(errors: readonly FormError[], ctx: RenderContext): Html {
  if (errors.length === 0) return html``;
  const order = [...ctx.anchors];
  const linked = errors.map((error) => ({ error, id: anchorOf(error.path, ctx.anchors) }));
  const rank = (id: string | undefined): number => (id === undefined ? order.length : order.indexOf(id));
  // In page order; errors of paths the form does not show (an unknown key) come last, unlinked.
  linked.sort((a, b) => rank(a.id) - rank(b.id));
  const items = linked.map(({ error, id }) => {
    const message = error.message[ctx.lang];
    return id === undefined ? html`<li>${message}</li>` : html`<li><a href="#${id}">${message}</a></li>`;
  });
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${texts.errorSummaryTitle[ctx.lang]}</h2><ul>${items}</ul></div>`;
}

function submitButton(value: string, text: string, cls: string, validate: boolean): Html {
  return html`<button${attrs({ type: 'submit', class: cls, name: '_action', value, formnovalidate: !validate })}>${text}</button>`;
}

function body(definition: FormDefinition, given: Answers, ctx: RenderContext): Html {
  const answers = padGroups(definition, given);
  const cleared = clearHiddenAnswers(definition, answers);
  const rules = formRules(definition);
  const place: Place = {
    scope: makeScope(formFields(definition)),
    prefixes: [''],
    frames: [isRecord(cleared) ? cleared : {}],
    values: answers,
    hidden: false,
    conditional: false,
  };
  let offset = 0;
  return html`${definition.sections.map((section) => {
    const sectionRules = rules.slice(offset, offset + section.fields.length);
    offset += section.fields.length;
    const description =
      section.description && html`<p class="section-description">${section.description[ctx.lang]}</p>`;
    return html`<fieldset class="form-section" id="section-${section.id}"><legend>${section.title[ctx.lang]}</legend>${description}${renderFields(section.fields, sectionRules, place, ctx)}</fieldset>`;
  })}`;
}

/**
 * The `<form method="post">` of a definition: an error summary, a `<fieldset>` per section and the
 * control of each field, named by its answer path (`evidenceLinks.0.url`) for `formDataToAnswers`.
 * Every field is rendered; those hidden by their condition carry `hidden`, disabled controls and
 * `data-visible-when` for the page's visibility script. Groups show at least the items they need (`padGroups`). Pressing Enter saves the draft (the first button).
 *
 * @example
 * renderForm(innovationReportForm, { lang: 'id', answers: {}, action: '/forms/innovation-report', csrfToken });
 */
export function renderForm(definition: FormDefinition, options: RenderFormOptions): string {
  const readOnly = options.readOnly === true;
  const errors = options.errors ?? [];
  const ctx: RenderContext = {
    lang: options.lang,
    readOnly,
    errors: errorsByPath(errors),
    notes: options.notes ?? new Map(),
    anchors: new Set(),
  };
  const answers = isRecord(options.answers) ? options.answers : {};
  // The body first: the summary links only to the ids it rendered.
  const fields = body(definition, answers, ctx);
  const hidden = Object.entries({ _csrf: options.csrfToken, ...options.hiddenInputs }).map(
    ([name, value]) => html`<input${attrs({ type: 'hidden', name, value })}>`,
  );
  const form = attrs({
    method: 'post',
    action: options.action,
    'accept-charset': 'utf-8',
    class: 'form',
    'data-form': definition.id,
    'data-visibility': !readOnly,
    'data-upload-url': options.uploadUrl,
    // A file input can only post its file in a multipart body.
    enctype: hasFileField(formFields(definition)) ? 'multipart/form-data' : undefined,
  });
  const { lang } = options;
  // A hidden first submit button is the default one of implicit submission (Enter in a text box),
  // which would otherwise be the first remove button of a group.
  const buttons =
    !readOnly &&
    (options.sendLabel === undefined
      ? html`<div class="form-actions">${submitButton('save', texts.saveDraft[lang], 'button-secondary', false)}${submitButton('submit', texts.submit[lang], 'button-primary', true)}</div>`
      : html`<div class="form-actions">${submitButton('submit', options.sendLabel, 'button-primary', true)}</div>`);
  const defaultButton =
    !readOnly &&
    options.sendLabel === undefined &&
    html`<button type="submit" name="_action" value="save" formnovalidate hidden tabindex="-1">${texts.saveDraft[lang]}</button>`;
  const computed = readOnly ? '' : computedPanel(definition, answers, lang);
  return html`<form${form}>${defaultButton}${hidden}${options.before ?? ''}${errorSummary(errors, ctx)}${fields}${computed}${buttons}</form>`
    .value;
}

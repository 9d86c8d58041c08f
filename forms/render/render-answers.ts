import { isEmpty, isRecord } from '#forms/engine/conditions.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { EvidenceFileRef, Field } from '#forms/engine/field-types.ts';
import { type FieldRule, formRules } from '#forms/engine/rules.ts';
import { isCalendarDate, isWebUrl } from '#forms/engine/value-checks.ts';
import { formatBytes, formatDate, formatNumber } from '#forms/engine/wording.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { FieldNote } from './render-context.ts';
import { itemTitle, levelName, scaleValue } from './texts.ts';

/** How to render a submission's answers. */
export interface RenderAnswersOptions {
  /** Where an attached file can be opened; without it, files are named but not linked. */
  readonly fileHref?: (ref: EvidenceFileRef) => string;
  /** Notes shown after an answer, by field id (top-level fields only): what a verifier said of it. */
  readonly notes?: ReadonlyMap<string, readonly FieldNote[]>;
}

interface Ctx extends RenderAnswersOptions {
  readonly lang: Lang;
}

function choiceLabel(field: Field, value: unknown, lang: Lang): string {
  const options = field.type === 'singleChoice' || field.type === 'multipleChoice' ? field.options : [];
  return options.find((o) => o.value === value)?.label[lang] ?? String(value);
}

function fileValue(ref: Record<string, unknown>, ctx: Ctx): Html {
  const name = String(ref.name ?? '');
  const size = typeof ref.size === 'number' && ` (${formatBytes(ref.size)[ctx.lang]})`;
  const href = ctx.fileHref?.(ref as unknown as EvidenceFileRef);
  return html`${href === undefined ? name : html`<a href="${href}">${name}</a>`}${size}`;
}

function lines(text: string): Html {
  return html`${text.split('\n').map((line, i) => html`${i > 0 && html`<br>`}${line}`)}`;
}

function value(field: Field, answer: unknown, rule: FieldRule, frames: readonly Answers[], ctx: Ctx): Html {
  const { lang } = ctx;
  const text = typeof answer === 'string' ? answer : '';
  switch (field.type) {
    case 'number':
      return html`${typeof answer === 'number' ? formatNumber(answer)[lang] : String(answer)}`;
    case 'date':
      return html`${isCalendarDate(text) ? formatDate(text)[lang] : text}`;
    case 'singleChoice':
      return html`${choiceLabel(field, answer, lang)}`;
    case 'multipleChoice': {
      const list = Array.isArray(answer) ? answer : [answer];
      return html`<ul>${list.map((v) => html`<li>${choiceLabel(field, v, lang)}</li>`)}</ul>`;
    }
    case 'likert':
      return html`${typeof answer === 'number' ? scaleValue(answer)[lang] : String(answer)}`;
    case 'maturityLevel': {
      const level = typeof answer === 'number' ? field.levels[answer - 1] : undefined;
      if (level === undefined) return html`${String(answer)}`;
      return html`<span class="maturity-level-name">${levelName(answer as number)[lang]}</span> ${level.description[lang]}`;
    }
    case 'url':
      return isWebUrl(text, true) ? html`<a href="${text}">${text}</a>` : html`${text}`;
    case 'evidenceFile':
      return isRecord(answer) ? fileValue(answer, ctx) : html``;
    case 'group': {
      const items = (Array.isArray(answer) ? answer : []).filter(isRecord);
      const rendered = items.map(
        (item, i) =>
          html`<li><span class="visually-hidden">${itemTitle(field.label, i)[lang]}</span>${list(field.fields, rule.items ?? [], [...frames, item], ctx)}</li>`,
      );
      return html`<ol class="answer-items">${rendered}</ol>`;
    }
    default:
      return lines(text);
  }
}

function list(
  fields: readonly Field[],
  rules: readonly FieldRule[],
  frames: readonly Answers[],
  ctx: Ctx,
): Html | false {
  const values = frames.at(-1) ?? {};
  const entries = fields.map((field, i) => {
    const rule = rules[i];
    const answer = Object.hasOwn(values, field.id) ? values[field.id] : undefined;
    if (rule === undefined || isEmpty(answer) || (rule.visible !== undefined && !rule.visible(frames)))
      return '';
    const notes = frames.length === 1 ? (ctx.notes?.get(field.id) ?? []) : [];
    return html`<dt>${field.label[ctx.lang]}</dt><dd>${value(field, answer, rule, frames, ctx)}${notes.map(
      (note) =>
        html`<div class="field-note" role="note"><p class="field-note__title">${note.title[ctx.lang]}</p><p>${note.text}</p></div>`,
    )}</dd>`;
  });
  return entries.some((e) => e !== '') && html`<dl class="answers">${entries}</dl>`;
}

/**
 * A submission's answers for reading: per section, a `<dl>` of labels and formatted values
 * (choice labels, dates in words, numbers as each language writes them, maturity levels with their
 * description, files with name, size and optional link, groups as numbered lists). Fields hidden
 * by the other answers, empty answers and sections with nothing to show are left out.
 *
 * @example
 * renderAnswers(innovationReportForm, submission.answers, 'id', { fileHref: (f) => `/files/${f.fileId}` });
 */
export function renderAnswers(
  definition: FormDefinition,
  answers: Answers,
  lang: Lang,
  options: RenderAnswersOptions = {},
): string {
  const ctx: Ctx = { ...options, lang };
  const rules = formRules(definition);
  let offset = 0;
  return html`${definition.sections.map((section) => {
    const sectionRules = rules.slice(offset, offset + section.fields.length);
    offset += section.fields.length;
    const body = list(section.fields, sectionRules, [answers], ctx);
    return body && html`<section class="answers-section"><h2>${section.title[lang]}</h2>${body}</section>`;
  })}`.value;
}

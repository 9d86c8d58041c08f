import { computeValues } from '#forms/engine/computed.ts';
import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import { attrs, type Html, html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { formatComputed } from './computed-script.ts';
import { texts } from './texts.ts';

/**
 * A form's computed values as the answers shown give them (the projected score of each dimension
 * of a self-assessment): worked out on the server on every render, so each save shows them
 * without JavaScript, and kept live by the page script `computed.ts` as a person answers. Each
 * `<output>` carries its expression (`data-compute`); nothing when the form computes nothing.
 */
export function computedPanel(definition: FormDefinition, answers: Answers, lang: Lang): Html | '' {
  const computed = definition.computed ?? [];
  if (computed.length === 0) return '';
  const values = computeValues(definition, answers);
  const rows = computed.map(
    (c) =>
      html`<dt>${c.label[lang]}</dt><dd><output${attrs({ id: `computed-${c.id}`, 'data-compute': JSON.stringify(c.compute) })}>${formatComputed(values[c.id] ?? null, lang)}</output></dd>`,
  );
  return html`<section class="computed" aria-labelledby="computed-title"><h2 id="computed-title">${texts.computedTitle[lang]}</h2><p class="hint">${texts.computedHint[lang]}</p><dl class="answers">${rows}</dl></section>`;
}

/**
 * The page script that keeps a form's computed values live as a person answers (`computed-panel.ts`
 * renders them, the server works them out on every save). Sums and averages of the numbers
 * answered, as the engine's `computeValues` does: empty answers are left out. A count (of a
 * group's items) is left as the server rendered it.
 *
 * The page script `forms/render/browser/computed.ts` runs `wireComputed`; it is built for the
 * browser as a real file (`npm run build:browser`), and the tests run that built file.
 * @packageDocumentation
 */
import type { ComputeExpression } from '#forms/engine/definition.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { ScriptDocument, ScriptElement } from './visibility-script.ts';

/** What the script reads and writes of an `<output>`. */
export interface ScriptOutput {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** A computed value as the panel shows it: two decimals in the person's language, a dash for none. */
export function formatComputed(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** The value of an expression over the numbers answered, by field name; null when none is answered. */
export function evaluateComputed(
  compute: ComputeExpression,
  numbers: (field: string) => number[],
): number | null {
  if (compute.kind === 'count') return null;
  const values = compute.fields.flatMap(numbers);
  if (values.length === 0) return compute.kind === 'sum' ? 0 : null;
  const sum = values.reduce((a, b) => a + b, 0);
  return compute.kind === 'sum' ? sum : sum / values.length;
}

/** The numbers a field's enabled controls hold: a checked radio's value, or a number typed. */
function numbersOf(form: ScriptElement, field: string): number[] {
  const found: number[] = [];
  for (const control of form.querySelectorAll('input, select')) {
    if (control.name !== field || control.disabled) continue;
    if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) continue;
    const value = Number(control.value);
    if (control.value.trim() !== '' && Number.isFinite(value)) found.push(value);
  }
  return found;
}

/**
 * Wires every form with computed values: on each change of its controls, writes each `<output
 * data-compute>` again (a count is left as rendered), in the page's language.
 */
export function wireComputed(doc: ScriptDocument & { documentElement: { lang: string } }): void {
  const lang: Lang = doc.documentElement.lang === 'en' ? 'en' : 'id';
  for (const form of doc.querySelectorAll('form[data-form]')) {
    const outputs = [...form.querySelectorAll('output[data-compute]')] as unknown as ScriptOutput[];
    if (outputs.length === 0) continue;
    const update = () => {
      for (const output of outputs) {
        const compute = JSON.parse(output.getAttribute('data-compute') ?? 'null') as ComputeExpression | null;
        if (!compute || compute.kind === 'count') continue;
        output.textContent = formatComputed(
          evaluateComputed(compute, (field) => numbersOf(form, field)),
          lang,
        );
      }
    };
    form.addEventListener('change', update);
    form.addEventListener('input', update);
  }
}

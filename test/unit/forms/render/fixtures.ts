import type { FormDefinition } from '#forms/engine/definition.ts';
import { type RenderFormOptions, renderForm } from '#forms/render/render-form.ts';
import { type Element, elements, parseHtml } from './mini-dom.ts';

/** Renders `definition` with test defaults and parses the markup. */
export function rendered(definition: FormDefinition, options: Partial<RenderFormOptions> = {}) {
  const markup = renderForm(definition, {
    lang: 'id',
    answers: {},
    action: '/forms/test',
    csrfToken: 'csrf-token-1',
    ...options,
  });
  const root = parseHtml(markup);
  const form = elements(root).find((e) => e.tag === 'form');
  if (form === undefined) throw new Error('no <form> rendered');
  return { markup, root, form };
}

/** The element with `id`; throws when there is none, so assertions stay short. */
export function byId(root: Element, id: string): Element {
  const found = elements(root).find((e) => e.attributes.get('id') === id);
  if (found === undefined) throw new Error(`no element #${id}`);
  return found;
}

/** The controls named `name`. */
export function named(root: Element, name: string): Element[] {
  return elements(root).filter((e) => e.attributes.get('name') === name);
}

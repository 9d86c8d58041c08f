import { createContext, Script } from 'node:vm';
import type { ScriptDocument, ScriptElement } from '#forms/render/visibility-script.ts';
import { browserScripts } from '#functions/platform/web/browser-scripts.ts';
import { closest, type Element, elements, matches, select, textContent } from './mini-dom.ts';

/** The parsed markup seen through the part of the DOM the visibility script uses, and its events. */
export interface FakePage {
  readonly document: ScriptDocument;
  /** Calls the listeners of `type` registered on any element. */
  fire(type: string): void;
}

function flag(element: Element, name: string, on: boolean): void {
  if (on) element.attributes.set(name, '');
  else element.attributes.delete(name);
}

/** Wraps parsed elements as {@link ScriptElement}s; state changes write the attributes back. */
export function fakePage(root: Element): FakePage {
  const listeners: { type: string; listener: () => void }[] = [];
  const cache = new Map<Element, ScriptElement>();
  // The script only queries by tags and attributes it never changes, so each query's answer is kept.
  const queries = new Map<Element, Map<string, ScriptElement[]>>();
  const query = (from: Element, selector: string): ScriptElement[] => {
    const known = queries.get(from) ?? new Map<string, ScriptElement[]>();
    queries.set(from, known);
    let found = known.get(selector);
    if (found === undefined) {
      found = elements(from)
        .filter((c) => matches(c, selector))
        .map(wrap);
      known.set(selector, found);
    }
    return found;
  };
  const wrap = (e: Element): ScriptElement => {
    const known = cache.get(e);
    if (known !== undefined) return known;
    const attr = (name: string) => e.attributes.get(name);
    const wrapped: ScriptElement = {
      get name() {
        return attr('name') ?? '';
      },
      get type() {
        if (e.tag === 'select') return 'select-one';
        return e.tag === 'textarea' ? 'textarea' : (attr('type') ?? (e.tag === 'input' ? 'text' : ''));
      },
      get value() {
        if (e.tag === 'textarea') return textContent(e);
        if (e.tag !== 'select') return attr('value') ?? '';
        const options = select(e, (o) => o.tag === 'option');
        const chosen = options.find((o) => o.attributes.has('selected')) ?? options[0];
        return chosen?.attributes.get('value') ?? '';
      },
      get checked() {
        return e.attributes.has('checked');
      },
      get disabled() {
        return e.attributes.has('disabled');
      },
      set disabled(on: boolean) {
        flag(e, 'disabled', on);
      },
      get hidden() {
        return e.attributes.has('hidden');
      },
      set hidden(on: boolean) {
        flag(e, 'hidden', on);
      },
      get parentElement() {
        return e.parent === undefined || e.parent.tag === '#root' ? null : wrap(e.parent);
      },
      getAttribute: (name) => attr(name) ?? null,
      hasAttribute: (name) => e.attributes.has(name),
      closest: (selector) => {
        const found = closest(e, selector);
        return found === undefined ? null : wrap(found);
      },
      querySelectorAll: (selector) => query(e, selector),
      addEventListener: (type, listener) => listeners.push({ type, listener }),
    };
    cache.set(e, wrapped);
    return wrapped;
  };
  return {
    document: {
      readyState: 'complete',
      querySelectorAll: (selector) => query(root, selector),
      addEventListener: (type, listener) => listeners.push({ type, listener }),
    },
    fire: (type) => {
      for (const l of listeners) if (l.type === type) l.listener();
    },
  };
}

const compiled = new Script(browserScripts.visibility.body);
const context = createContext({ document: undefined as ScriptDocument | undefined });

/** Runs the shipped script as a browser would, in a context of its own whose only global is the page's document. */
export function runVisibilityScript(page: FakePage): void {
  context.document = page.document;
  compiled.runInContext(context);
}

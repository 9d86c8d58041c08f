/**
 * A tiny, strict HTML reader for tests (no DOM library is installed): it parses the markup the
 * renderer writes into elements, and throws on a closing tag that does not match, so every test
 * that parses also checks that the markup is well formed.
 */

export interface Element {
  readonly tag: string;
  readonly attributes: Map<string, string>;
  readonly children: (Element | string)[];
  readonly parent: Element | undefined;
}

const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link']);
const TOKEN =
  /<!--[\s\S]*?-->|<\/([a-z0-9]+)\s*>|<([a-z0-9]+)((?:\s+[^\s"'>/=]+(?:="[^"]*"|='[^']*')?)*)\s*>|<|[^<]+/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)"|='([^']*)')?/g;

/** Decodes the character references the renderer writes (and numeric ones). */
export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#\d+);/g, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
    return named[name] ?? String.fromCodePoint(Number(name.slice(1)));
  });
}

/** Parses markup into a root element named `#root`. */
export function parseHtml(markup: string): Element {
  const root: Element = { tag: '#root', attributes: new Map(), children: [], parent: undefined };
  let current = root;
  for (const match of markup.matchAll(TOKEN)) {
    const [token, closing, opening, attributeText = ''] = match;
    if (token.startsWith('<!--')) continue;
    if (token === '<') throw new Error(`Stray "<" at ${match.index}`);
    if (closing !== undefined) {
      if (current.tag !== closing.toLowerCase()) throw new Error(`</${closing}> closes <${current.tag}>`);
      current = current.parent ?? root;
    } else if (opening !== undefined) {
      const attributes = new Map<string, string>();
      for (const [, name = '', double, single] of attributeText.matchAll(ATTRIBUTE)) {
        if (attributes.has(name)) throw new Error(`Duplicate attribute ${name}`);
        attributes.set(name.toLowerCase(), decode(double ?? single ?? ''));
      }
      const element: Element = { tag: opening.toLowerCase(), attributes, children: [], parent: current };
      current.children.push(element);
      if (!VOID.has(element.tag)) current = element;
    } else {
      // A textarea drops the newline that starts its content, as HTML parsers do.
      const text =
        current.tag === 'textarea' && current.children.length === 0 ? token.replace(/^\n/, '') : token;
      current.children.push(decode(text));
    }
  }
  if (current !== root) throw new Error(`<${current.tag}> is not closed`);
  return root;
}

/** Every element under `root`, in document order. */
export function elements(root: Element): Element[] {
  return root.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...elements(c)]));
}

/** The elements under `root` matching `test`. */
export function select(root: Element, test: (e: Element) => boolean): Element[] {
  return elements(root).filter(test);
}

/** `tag`, `[attr]`, `[attr=value]` and `tag[attr]...`, comma separated. */
export function matches(element: Element, selector: string): boolean {
  return selector.split(',').some((part) => {
    const [, tag, rest = ''] = /^\s*([a-z0-9]*)(.*?)\s*$/.exec(part) ?? [];
    if (tag !== '' && tag !== element.tag) return false;
    return [...rest.matchAll(/\[([^\]=]+)(?:="?([^"\]]*)"?)?\]/g)].every(
      ([, name = '', value]) =>
        element.attributes.has(name) && (value === undefined || element.attributes.get(name) === value),
    );
  });
}

export function textContent(element: Element): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** The nearest ancestor (or the element itself) matching `selector`. */
export function closest(element: Element | undefined, selector: string): Element | undefined {
  for (let e = element; e !== undefined; e = e.parent) if (matches(e, selector)) return e;
  return undefined;
}

function isDisabled(control: Element): boolean {
  return control.attributes.has('disabled') || closest(control, 'fieldset[disabled]') !== undefined;
}

function sanitized(control: Element, value: string): string {
  const type = control.attributes.get('type') ?? 'text';
  if (type === 'text' || type === 'hidden') return value.replace(/[\r\n]/g, '');
  if (type === 'url') return value.replace(/[\r\n]/g, '').trim();
  if (type === 'number') return /^-?(?:\d+|\d*\.\d+)(?:[eE][-+]?\d+)?$/.test(value) ? value : '';
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  return value;
}

/**
 * The name-value pairs a browser posts for a form, as the HTML standard builds its entry list:
 * enabled named controls only, checked boxes and radios only, a select's selected option (its first
 * by default), textarea line breaks as CRLF, no buttons but `submitter`, values sanitized by type.
 */
export function formEntries(form: Element, submitter?: { name: string; value: string }): URLSearchParams {
  const entries = new URLSearchParams();
  for (const control of elements(form)) {
    const name = control.attributes.get('name');
    if (name === undefined || isDisabled(control)) continue;
    const type = control.attributes.get('type');
    if (control.tag === 'input' && (type === 'checkbox' || type === 'radio')) {
      if (control.attributes.has('checked')) entries.append(name, control.attributes.get('value') ?? 'on');
    } else if (control.tag === 'input' && type !== 'file' && type !== 'submit') {
      entries.append(name, sanitized(control, control.attributes.get('value') ?? ''));
    } else if (control.tag === 'textarea') {
      entries.append(name, textContent(control).replace(/\r?\n/g, '\r\n'));
    } else if (control.tag === 'select') {
      const options = select(control, (e) => e.tag === 'option');
      const chosen = options.find((o) => o.attributes.has('selected')) ?? options[0];
      if (chosen !== undefined) entries.append(name, chosen.attributes.get('value') ?? textContent(chosen));
    }
  }
  if (submitter !== undefined) entries.append(submitter.name, submitter.value);
  return entries;
}

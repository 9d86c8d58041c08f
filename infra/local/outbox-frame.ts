import { escapeHtml } from '#functions/platform/html/html.ts';
import { hashSource } from './outbox-shell.ts';

/**
 * Where the links of an email go: the whole tab, as in a mail program (the sign-in links of the
 * outbox must open), and only when a person follows one. Without `allow-scripts` and
 * `allow-same-origin` the email's markup runs nothing and cannot reach the page around it.
 */
const sandbox = 'allow-top-navigation-by-user-activation';

/** An email's HTML with a `<base target="_top">` first in its head, so that its links leave the frame. */
function withTopTarget(markup: string): string {
  const base = '<base target="_top">';
  const head = /<head\b[^>]*>/i.exec(markup) ?? /^\s*<!doctype[^>]*>/i.exec(markup);
  if (!head) return base + markup;
  const at = head.index + head[0].length;
  return markup.slice(0, at) + base + markup.slice(at);
}

/** An email's HTML part in a sandboxed `<iframe srcdoc>`. */
export function framed(markup: string, title: string): string {
  return `<iframe title="${escapeHtml(title)}" sandbox="${sandbox}" srcdoc="${escapeHtml(withTopTarget(markup))}"></iframe>`;
}

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** An attribute value as the browser reads it: character references decoded. */
function attributeValue(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The `style-src` sources an email's HTML needs in the frame, which inherits the page's policy:
 * the hash of each of its `<style>` elements and of each `style` attribute (with
 * `'unsafe-hashes'`), so that exactly the email's own styles apply and nothing else. A style this
 * reading misses is only left unapplied.
 */
export function emailStyleSources(markup: string | undefined): string[] {
  if (!markup) return [];
  const elements = [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
  const attributes = [...markup.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)].map((m) =>
    attributeValue(m[1] ?? m[2] ?? m[3] ?? ''),
  );
  const hashes = (values: string[]) => [...new Set(values)].sort().map(hashSource);
  return [...hashes(elements), ...(attributes.length ? ["'unsafe-hashes'", ...hashes(attributes)] : [])];
}

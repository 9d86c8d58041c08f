import { createHash } from 'node:crypto';

/** What the outbox answers: status, headers, body. */
export type OutboxAnswer = [status: number, headers: Record<string, string>, body: string | Buffer];

export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The one style sheet of the outbox pages. Phone first: one column that wraps long addresses and
 * links instead of overflowing; label and value side by side from 40rem. It goes inline exactly
 * as here, because the Content-Security-Policy allows it by its hash.
 */
const style = [
  '*{box-sizing:border-box}',
  'body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;margin:0 auto;max-width:48rem;padding:1rem;overflow-wrap:anywhere}',
  'h1{font-size:1.375rem;line-height:1.3;margin:0 0 .5rem}',
  'h2{font-size:1.125rem;margin:1.5rem 0 .5rem}',
  'a{color:#0b4fa3}',
  '.mail{list-style:none;margin:1rem 0;padding:0}',
  '.mail li{border-top:1px solid #d5dae1;padding:.75rem 0}',
  '.mail p{margin:0}',
  '.subject{font-weight:600}',
  '.label{color:#4a5563;font-size:.875rem}',
  'dl{display:grid;grid-template-columns:minmax(0,1fr);margin:1rem 0}',
  'dt{color:#4a5563;font-size:.875rem}',
  'dd{margin:0 0 .5rem}',
  'iframe{display:block;width:100%;height:70vh;min-height:20rem;border:1px solid #d5dae1;border-radius:4px;background:#fff}',
  'details{margin:1rem 0}',
  'summary{cursor:pointer;font-weight:600}',
  'pre{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.5 ui-monospace,monospace;background:#f6f7f9;padding:.75rem;margin:.5rem 0 0}',
  '@media (min-width:40rem){dl{grid-template-columns:max-content minmax(0,1fr);gap:0 1rem}dd{margin:0 0 .25rem}}',
].join('');
const styleHash = hashSource(style);

/**
 * Stricter than the pages: the outbox holds sign-in links, and needs no script, no form and no
 * request of its own. `styleSrc` names what may style the page: nothing, or its style sheet by
 * hash and, on an email's page, the email's own inline styles (its `<iframe srcdoc>` inherits
 * this policy). A srcdoc frame loads nothing, so `frame-src` stays `'none'` too.
 */
export const outboxSecurityHeaders = (styleSrc: string) => ({
  'cache-control': 'no-store',
  'content-security-policy': [
    "default-src 'none'",
    `style-src ${styleSrc}`,
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

/** A whole outbox page (Bahasa Indonesia, English beside it) with its headers; `styleSources` adds to its style sheet's hash. */
export function outboxPage(title: string, body: string, styleSources: readonly string[] = []): OutboxAnswer {
  const headers = {
    ...outboxSecurityHeaders([styleHash, ...styleSources].join(' ')),
    'content-type': 'text/html; charset=utf-8',
  };
  const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>${style}</style></head>
<body>${body}</body></html>`;
  return [200, headers, page];
}

export const textHeaders = {
  ...outboxSecurityHeaders("'none'"),
  'content-type': 'text/plain; charset=utf-8',
};

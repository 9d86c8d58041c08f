import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the pages of a test said went wrong: console errors and uncaught errors. Every context the
 * browser helpers open is watched, and the e2e setup fails each test that leaves any behind.
 *
 * Two kinds of console error are not a page's fault. Chromium logs "Failed to load resource"
 * for a document answered 4xx, and tests open refused pages on purpose to check their status (a
 * link, a page of another role, a form post answered 400 or 403: each is a navigation of the
 * page's own frame). That message is let through once per such navigation, for its address and
 * its status; a script, style or request of the page that fails is a problem like any other, even
 * at the address of a page the test opened.
 *
 * And one request is the browser's own: for a document that is not HTML (a page script opened by
 * its address), Chromium asks the site for `/favicon.ico`, which it has not. The pages name their
 * icon (`<link rel="icon" href="data:,">`), so on an HTML page that request is still a problem.
 */
const problems: string[] = [];

const refusedDocument = /^Failed to load resource: the server responded with a status of (4\d\d) /;

export function watchPage(page: Page): void {
  /** `<status> <url>` of each main-frame navigation answered 4xx, not yet matched to its message. */
  const refused: string[] = [];
  /** Whether the main frame's document is HTML, as its latest navigation answered. */
  let html = true;
  page.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    const status = response.status();
    html = /^text\/html\b/.test(response.headers()['content-type'] ?? '');
    if (status >= 400 && status < 500) refused.push(`${status} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = message.location().url;
    const status = refusedDocument.exec(message.text())?.[1];
    const expected = status ? refused.indexOf(`${status} ${at}`) : -1;
    if (expected >= 0) {
      refused.splice(expected, 1);
      return;
    }
    if (status && !html && at === `${new URL(page.url()).origin}/favicon.ico`) return;
    problems.push(`${page.url()}: console: ${message.text()}${at ? ` (${at})` : ''}`);
  });
}

/** Watches every page the context opens, now and later. */
export function watchContext(context: BrowserContext): BrowserContext {
  for (const page of context.pages()) watchPage(page);
  context.on('page', watchPage);
  return context;
}

/** The problems recorded since the last call, which it clears. */
export function takePageProblems(): string[] {
  return problems.splice(0, problems.length);
}

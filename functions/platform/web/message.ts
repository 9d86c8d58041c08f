import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { layout } from './layout.ts';
import type { WebRequest } from './request.ts';
import { page } from './responses.ts';

/** A page that says one thing: an error, a notice, with an optional way on. */
export function messagePage(
  request: WebRequest,
  status: number,
  title: Bilingual,
  body: Bilingual,
  action?: Html,
  cookies: string[] = [],
): HttpResult {
  const content = html`<h1>${title[request.lang]}</h1><div class="card"><p>${body[request.lang]}</p>${action ?? ''}</div>`;
  return page(
    request,
    status,
    layout({
      site: request.deps.site,
      lang: request.lang,
      title: title[request.lang],
      body: content,
      // After a POST the page's own path may answer no GET: switch the language on a page that does.
      path:
        request.event.requestContext.http.method === 'GET'
          ? request.event.rawPath
          : request.session
            ? '/tugas'
            : '/',
      session: request.session?.value,
    }),
    cookies,
  );
}

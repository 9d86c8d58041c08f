import type { HttpResult } from '#functions/platform/http/http.ts';
import type { WebRequest } from './request.ts';
import { redirect, safeNext } from './responses.ts';
import { languageCookie } from './sessions.ts';

/** `GET /bahasa/{lang}?next=`: remembers the language for a year and goes back. */
export async function switchLanguage(request: WebRequest): Promise<HttpResult> {
  const lang = request.params.lang === 'en' ? 'en' : 'id';
  return redirect(safeNext(request.query.get('next'), '/'), [languageCookie(lang)]);
}

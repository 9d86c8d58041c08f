import type { HttpResult } from '#functions/api/http.ts';
import { langCookie, setCookie } from '../cookies.ts';
import type { WebRequest } from '../request.ts';
import { redirect, safeNext } from '../responses.ts';

/** `GET /bahasa/{lang}?next=`: remembers the language for a year and goes back. */
export async function switchLanguage(request: WebRequest): Promise<HttpResult> {
  const lang = request.params.lang === 'en' ? 'en' : 'id';
  return redirect(safeNext(request.query.get('next'), '/'), [
    setCookie(langCookie, lang, { maxAgeSeconds: 365 * 24 * 3600, httpOnly: false }),
  ]);
}

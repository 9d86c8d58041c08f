import { randomBytes } from 'node:crypto';
import { html } from '#forms/render/html.ts';
import type { HttpResult } from '#functions/api/http.ts';
import { csrfCookie, readCookie, setCookie } from '../cookies.ts';
import { layout } from '../layout.ts';
import type { WebRequest } from '../request.ts';
import { newNonce, page, redirect } from '../responses.ts';
import { texts } from '../texts.ts';

/**
 * `/`: what Siklus is, and the way in. On AWS, a sign-in button (Cognito managed login);
 * in the embedded runtime, one-click sign-ins for each demo person instead.
 */
export async function startPage(request: WebRequest): Promise<HttpResult> {
  if (request.session) return redirect('/tugas');
  const { lang } = request;
  const signIn = request.deps.signIn;
  const csrf = readCookie(request.event.cookies, csrfCookie) ?? randomBytes(24).toString('base64url');
  const ways =
    signIn.kind === 'cognito'
      ? html`<p><a class="button" href="/auth/login">${texts.signIn[lang]}</a></p>`
      : html`<h2>${texts.demoSignIn[lang]}</h2>
<p class="hint">${texts.demoNote[lang]}</p>
<ul class="demo-people">${signIn.people.map(
          (person) => html`<li><form method="post" action="/demo/sign-in">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="person" value="${person.id}">
<button type="submit" class="secondary">${person.name}</button>
<span class="hint">${texts.roles[person.role as keyof typeof texts.roles]?.[lang] ?? person.role}${person.opd ? ` · ${person.opd}` : ''}</span>
</form></li>`,
        )}</ul>`;
  const nonce = newNonce();
  const body = html`<h1>Siklus</h1>
<div class="card"><p>${texts.appTagline[lang]}</p><p>${texts.appWho[lang]}</p>${ways}</div>`;
  return page(200, layout({ lang, title: texts.signIn[lang], body, path: '/', nonce }), nonce, [
    setCookie(csrfCookie, csrf, { maxAgeSeconds: 3600 }),
  ]);
}

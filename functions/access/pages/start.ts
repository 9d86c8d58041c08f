import { randomBytes } from 'node:crypto';
import type { AccessRequest } from '#functions/access/deps.ts';
import { homeOf } from '#functions/access/session-scope.ts';
import { html } from '#functions/platform/html/html.ts';
import { csrfCookie, readCookie, setCookie } from '#functions/platform/http/cookies.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { demoWays } from './demo-ways.ts';

const cognitoWay = (lang: Lang) =>
  html`<p><a class="button" href="/auth/login">${texts.signIn[lang]}</a></p>`;

/**
 * `/`: what Siklus is, and the way in. On AWS, a sign-in button (Cognito managed login);
 * in the embedded runtime, one-click sign-ins for each demo person instead.
 */
export async function startPage(request: AccessRequest): Promise<HttpResult> {
  if (request.session) return redirect(homeOf(request.session.value));
  const { lang } = request;
  const signIn = request.deps.signIn;
  const csrf = readCookie(request.event.cookies, csrfCookie) ?? randomBytes(24).toString('base64url');
  const ways = signIn.kind === 'cognito' ? cognitoWay(lang) : demoWays(signIn.people, csrf, lang);
  const body = html`<h1>Siklus</h1>
<div class="card"><p>${texts.appTagline[lang]}</p><p>${texts.appWho[lang]}</p>${ways}</div>`;
  return page(
    request,
    200,
    layout({ site: request.deps.site, lang, title: texts.signIn[lang], body, path: '/' }),
    [setCookie(csrfCookie, csrf, { maxAgeSeconds: 3600 })],
  );
}

import { randomBytes } from 'node:crypto';
import type { AccessRequest, DemoSignIn } from '#functions/access/deps.ts';
import { homeOf } from '#functions/access/session-scope.ts';
import { html } from '#functions/platform/html/html.ts';
import { csrfCookie, readCookie, setCookie } from '#functions/platform/http/cookies.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { layout } from '#functions/platform/web/layout.ts';

import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';

const cognitoWay = (lang: Lang) =>
  html`<p><a class="button" href="/auth/login">${texts.signIn[lang]}</a></p>`;

const roleName = (role: string, lang: Lang) => texts.roles[role as keyof typeof texts.roles]?.[lang] ?? role;

/**
 * One button for each featured demo person (the city secretary among them), and every other
 * seeded person in one list grouped by OPD, so anyone the demo city holds can be tried.
 */
function demoWays(people: DemoSignIn['people'], csrf: string, lang: Lang) {
  const csrfInput = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const byOpd = new Map<string, DemoSignIn['people'][number][]>();
  for (const person of people.filter((p) => !p.featured))
    byOpd.set(person.opdName ?? '', [...(byOpd.get(person.opdName ?? '') ?? []), person]);
  return html`<h2>${texts.demoSignIn[lang]}</h2>
<p class="hint">${texts.demoNote[lang]}</p>
<ul class="demo-people">${people
    .filter((p) => p.featured)
    .map(
      (
        person,
      ) => html`<li><form method="post" action="/demo/sign-in">${csrfInput}<input type="hidden" name="person" value="${person.id}">
<button type="submit" class="secondary">${person.name}</button>
<span class="hint">${roleName(person.role, lang)}${person.opdName ? ` · ${person.opdName}` : ''}</span>
</form></li>`,
    )}</ul>
<form method="post" action="/demo/sign-in" class="field">${csrfInput}
<label for="demo-person">${texts.demoOthers[lang]}</label>
<p class="hint" id="demo-person-hint">${texts.demoOthersHint[lang]}</p>
<select id="demo-person" name="person" aria-describedby="demo-person-hint">${[...byOpd].map(
    ([opd, members]) =>
      html`<optgroup label="${opd}">${members.map((p) => html`<option value="${p.id}">${p.name} (${roleName(p.role, lang)})</option>`)}</optgroup>`,
  )}</select>
<p><button type="submit" class="primary">${texts.signIn[lang]}</button></p>
</form>`;
}

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

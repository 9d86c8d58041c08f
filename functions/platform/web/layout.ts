import { type Html, html, raw } from '#functions/platform/html/html.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import type { Session } from '#functions/platform/identity/session-store.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { scriptPath } from './assets.ts';
import type { browserScripts } from './browser-scripts.ts';
import type { SiteShell } from './site.ts';
import { styles } from './styles.ts';
import { texts } from './texts.ts';

export interface LayoutOptions {
  /** The parts' navigation and the home of a session (`request.deps.site`). */
  site: SiteShell;
  lang: Lang;
  title: string;
  body: Html;
  /** The path of this page, for the language switch to come back to. */
  path: string;
  session?: Session;
  /** Page scripts to load, each from its content-hashed file. */
  scripts?: readonly (keyof typeof browserScripts)[];
}

/** The page around every page: header with the language switch and sign-out, then the content. */
export function layout({ site, lang, title, body, path, session, scripts = [] }: LayoutOptions): string {
  const other = lang === 'id' ? 'en' : 'id';
  const identity = session?.identity;
  const home = session ? site.homeOf(session) : '/';
  const links = identity
    ? site.navigation.filter(
        (link) => (!link.roles || hasRole(identity, ...link.roles)) && (!link.homeOnly || link.href === home),
      )
    : [];
  const signOut = (action: string, label: string) =>
    html`<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${session?.csrf ?? ''}"><button type="submit">${label}</button></form>`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Siklus</title>
<link rel="icon" href="data:,">
<style>${raw(styles)}</style>
</head>
<body>
<header class="site">
  <a class="brand" href="${identity ? home : '/'}">Siklus</a>
  <nav aria-label="${lang === 'id' ? 'Navigasi utama' : 'Main navigation'}">
    ${links.map((link) => html`<a href="${link.href}">${link.label[lang]}</a>`)}
    <a href="/bahasa/${other}?next=${encodeURIComponent(path)}" lang="${other}">${texts.language[lang]}</a>
    ${identity ? signOut('/auth/logout', texts.signOut[lang]) : ''}
    ${identity ? signOut('/auth/logout-everywhere', texts.signOutEverywhere[lang]) : ''}
  </nav>
</header>
<main id="main">
${
  identity
    ? html`<p class="hint">${texts.signedInAs[lang]}: ${identity.name ?? identity.email ?? identity.subject} · ${identity.roles
        .map((role) => texts.roles[role][lang])
        .join(', ')}${identity.opd ? ` · ${identity.opd}` : ''}</p>`
    : ''
}
${body}
</main>
${scripts.map((name) => html`<script src="${scriptPath(name)}" defer></script>`)}
</body>
</html>`.toString();
}

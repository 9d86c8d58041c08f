import { type Html, html, raw } from '#forms/render/html.ts';
import { hasRole } from '#functions/auth/identity.ts';
import type { Session } from '#functions/store/session-store.ts';
import type { Lang } from './request.ts';
import { styles } from './styles.ts';
import { texts } from './texts.ts';

export interface LayoutOptions {
  lang: Lang;
  title: string;
  body: Html;
  /** The path of this page, for the language switch to come back to. */
  path: string;
  session?: Session;
  nonce: string;
  script?: string;
}

/** The page around every page: header with the language switch and sign-out, then the content. */
export function layout({ lang, title, body, path, session, nonce, script }: LayoutOptions): string {
  const other = lang === 'id' ? 'en' : 'id';
  const identity = session?.identity;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Siklus</title>
<style>${raw(styles)}</style>
</head>
<body>
<header class="site">
  <a class="brand" href="${identity ? '/tugas' : '/'}">Siklus</a>
  <nav aria-label="${lang === 'id' ? 'Navigasi utama' : 'Main navigation'}">
    ${identity ? html`<a href="/tugas">${texts.todo[lang]}</a>` : ''}
    ${identity && hasRole(identity, 'admin', 'evaluator') ? html`<a href="/admin/kewajiban">${texts.obligations[lang]}</a>` : ''}
    <a href="/bahasa/${other}?next=${encodeURIComponent(path)}" lang="${other}">${texts.language[lang]}</a>
    ${
      identity && session
        ? html`<form method="post" action="/auth/logout"><input type="hidden" name="_csrf" value="${session.csrf}"><button type="submit">${texts.signOut[lang]}</button></form>`
        : ''
    }
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
${script ? html`<script nonce="${nonce}">${raw(script)}</script>` : ''}
</body>
</html>`.toString();
}

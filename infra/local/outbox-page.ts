import type { ServerResponse } from 'node:http';
import { escapeHtml } from '#functions/platform/html/html.ts';
import { demoCity } from './demo-city.ts';
import { emlHeader } from './eml-header.ts';
import { type OutboxAnswer, outboxPage, outboxSecurityHeaders, textHeaders } from './outbox-shell.ts';
import { attachmentAnswer, emailPage, emailPath, noSubject, rawLink, timeHtml } from './outbox-view.ts';

export const outboxPath = '/outbox';

interface Outbox {
  list(): string[];
  read(name: string): string;
}

const rawHeaders = (name: string) => ({
  ...outboxSecurityHeaders("'none'"),
  'content-type': 'message/rfc822; charset=utf-8',
  // Outbox names are `[\w.-]+.eml`: nothing to quote.
  'content-disposition': `attachment; filename="${name}"`,
});
const badRequest: OutboxAnswer = [400, textHeaders, 'Permintaan tidak valid / Bad request'];
const notFound: OutboxAnswer = [404, textHeaders, 'Tidak ditemukan / Not found'];
const unreadable: OutboxAnswer = [
  500,
  textHeaders,
  'Email ini tidak dapat dibaca / This email cannot be read',
];

/**
 * `/outbox` on the embedded engine, the stand-in for the recipients' inboxes: every email the
 * engine "sent", newest first; each one shown at `/outbox/<name>` (headers, HTML part, text part,
 * attachments at `/outbox/<name>/<index>`) and raw at `/outbox/<name>.eml`. Times are shown in
 * `timeZone`, the city's (by default the demo city's).
 *
 * Answers a GET of `pathname` (still percent-encoded), {@link outboxPath} or a path under it.
 * Only a name the outbox lists is served, so no request reaches a file outside it; an
 * undecodable name is answered 400, any other 404. The list, the raw emails and the refusals are
 * answered at once; an email's page and attachments once the email is parsed (the promise).
 */
export function serveOutbox(
  pathname: string,
  response: ServerResponse,
  outbox: Outbox,
  timeZone: string = demoCity.timeZone,
): Promise<void> | undefined {
  const write = ([status, headers, body]: OutboxAnswer) => {
    response.writeHead(status, headers);
    response.end(body);
  };
  const answer = outboxAnswer(pathname.slice(outboxPath.length + 1), outbox, timeZone);
  if (answer instanceof Promise) return answer.catch(() => unreadable).then(write);
  write(answer);
  return undefined;
}

/** The answer for `rest`, the part of the path after `/outbox/`. */
function outboxAnswer(rest: string, outbox: Outbox, timeZone: string): OutboxAnswer | Promise<OutboxAnswer> {
  if (!rest) return listPage(outbox, timeZone);
  // Split before decoding: an encoded slash stays inside its segment, and so inside a name.
  const segments = rest.split('/').map(decoded);
  if (segments.some((segment) => segment === undefined)) return badRequest;
  const [first = '', index, ...more] = segments as string[];
  const listed = outbox.list();
  if (index === undefined && first.endsWith('.eml') && listed.includes(first)) {
    const eml = readOrUndefined(outbox, first);
    return eml === undefined ? notFound : [200, rawHeaders(first), eml];
  }
  const name = `${first}.eml`;
  if (more.length > 0 || !listed.includes(name)) return notFound;
  const eml = readOrUndefined(outbox, name);
  if (eml === undefined) return notFound;
  if (index === undefined) return emailPage(name, eml, timeZone);
  return /^\d{1,4}$/.test(index) ? attachmentAnswer(eml, Number(index)).then((a) => a ?? notFound) : notFound;
}

function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The file can go between listing and reading (someone cleared the folder): then it is not found. */
function readOrUndefined(outbox: Outbox, name: string): string | undefined {
  try {
    return outbox.read(name);
  } catch {
    return undefined;
  }
}

const label = (id: string, en: string) => `<span class="label">${id} <span lang="en">/ ${en}</span>:</span>`;

function listItem(file: string, eml: string, timeZone: string): string {
  const subject = emlHeader(eml, 'Subject');
  return `<li><p class="subject"><a href="${emailPath(file)}">${subject ? escapeHtml(subject) : noSubject}</a></p>
<p>${label('Waktu', 'Date')} ${timeHtml(emlHeader(eml, 'Date'), timeZone)}</p>
<p>${label('Kepada', 'To')} ${escapeHtml(emlHeader(eml, 'To'))}</p>
<p>${rawLink(file)}</p></li>`;
}

function listPage(outbox: Outbox, timeZone: string): OutboxAnswer {
  // Names start with the sending instant, so the folder's order reversed is newest first.
  const items = outbox
    .list()
    .reverse()
    .flatMap((file) => {
      const eml = readOrUndefined(outbox, file);
      return eml === undefined ? [] : [listItem(file, eml, timeZone)];
    });
  const list = items.length
    ? `<ul class="mail">${items.join('\n')}</ul>`
    : '<p>Belum ada email. <span lang="en">No emails yet.</span></p>';
  return outboxPage(
    'Kotak keluar · Outbox · Siklus',
    `<h1>Kotak keluar <span lang="en">(Outbox)</span></h1><p>Email yang dikirim mesin lokal. <span lang="en">Emails the local engine sent.</span></p>
${list}`,
  );
}

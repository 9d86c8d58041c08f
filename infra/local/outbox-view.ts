import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { escapeHtml } from '#functions/platform/html/html.ts';
import { contentDisposition } from '#functions/platform/http/content-disposition.ts';
import { formatInstant } from '#functions/platform/time/dates.ts';
import { emailStyleSources, framed } from './outbox-frame.ts';
import { type OutboxAnswer, outboxPage, outboxSecurityHeaders } from './outbox-shell.ts';

/** The page of an outbox file (`x.eml`): `/outbox/x`. */
export const emailPath = (file: string) => `/outbox/${encodeURIComponent(file.replace(/\.eml$/, ''))}`;

/** The link to an outbox file as it is: `/outbox/x.eml`. */
export const rawLink = (file: string) =>
  `<a href="/outbox/${encodeURIComponent(file)}">Unduh .eml <span lang="en">/ Download .eml</span></a>`;

/** `Senin, 5 Januari 2026 08.00 WIB` in a `<time>`; a date that does not parse is shown as it is. */
export function timeHtml(value: string | undefined, timeZone: string): string {
  const date = new Date(value ?? '');
  if (!value || Number.isNaN(date.getTime())) return escapeHtml(value ?? '');
  return `<time datetime="${date.toISOString()}">${escapeHtml(formatInstant(date, timeZone, 'id'))}</time>`;
}

const bilingual = (id: string, en: string) => `${id} <span lang="en">/ ${en}</span>`;

/** What stands for the subject of an email that has none. */
export const noSubject = `(${bilingual('tanpa subjek', 'no subject')})`;

const mailbox = (address: Address): string =>
  address.group
    ? `${address.name}: ${address.group.map(mailbox).join(', ')};`
    : address.name
      ? `${address.name} <${address.address}>`
      : address.address;
const addresses = (list: readonly Address[] | undefined) => escapeHtml((list ?? []).map(mailbox).join(', '));

const fileNameOf = (attachment: Attachment, index: number) => attachment.filename || `lampiran-${index + 1}`;

function headerRows(email: Email, timeZone: string): string {
  const rows: [string, string][] = [
    [bilingual('Dari', 'From'), addresses(email.from ? [email.from] : [])],
    ...(email.replyTo?.length
      ? [[bilingual('Balas ke', 'Reply-To'), addresses(email.replyTo)] as [string, string]]
      : []),
    [bilingual('Kepada', 'To'), addresses(email.to)],
    [bilingual('Subjek', 'Subject'), escapeHtml(email.subject ?? '')],
    [bilingual('Waktu', 'Date'), timeHtml(email.date, timeZone)],
  ];
  return `<dl>${rows.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function bodyHtml(email: Email): string {
  const text = email.text ? `<pre>${escapeHtml(email.text)}</pre>` : '';
  if (!email.html)
    return text || `<p>${bilingual('Email ini tidak berisi teks.', 'This email has no content.')}</p>`;
  const frame = framed(email.html, 'Isi email / Email content');
  return text
    ? `${frame}<details><summary>${bilingual('Teks biasa', 'Plain text')}</summary>${text}</details>`
    : frame;
}

function attachmentList(file: string, email: Email): string {
  if (email.attachments.length === 0) return '';
  const items = email.attachments.map(
    (attachment, index) =>
      `<li><a href="${emailPath(file)}/${index}">${escapeHtml(fileNameOf(attachment, index))}</a> <span class="label">(${escapeHtml(contentTypeOf(attachment).split(';')[0] ?? '')})</span></li>`,
  );
  return `<h2>${bilingual('Lampiran', 'Attachments')}</h2><ul>${items.join('')}</ul>`;
}

/**
 * The page of one email, as a mail program shows it: the headers people read (times in
 * `timeZone`), the HTML part in a sandboxed frame, the plain-text part behind a toggle, the
 * attachments as downloads, and the raw `.eml`.
 */
export async function emailPage(file: string, eml: string, timeZone: string): Promise<OutboxAnswer> {
  const email = await PostalMime.parse(eml);
  const subject = email.subject ?? '';
  const body = `<p><a href="/outbox">← ${bilingual('Kotak keluar', 'Outbox')}</a></p>
<h1>${subject ? escapeHtml(subject) : noSubject}</h1>
${headerRows(email, timeZone)}
${bodyHtml(email)}
${attachmentList(file, email)}
<p>${rawLink(file)}</p>`;
  return outboxPage(
    `${escapeHtml(subject || 'Email')} · Kotak keluar · Outbox · Siklus`,
    body,
    emailStyleSources(email.html),
  );
}

/** The types the parser reads as calendars (and normalizes). */
const calendarTypes = ['text/calendar', 'application/ics'];

/** The type an attachment is served with: its own when well formed (`.ics` always as a calendar), UTF-8 for text. */
function contentTypeOf(attachment: Attachment): string {
  const calendar =
    calendarTypes.includes(attachment.mimeType) || attachment.filename?.toLowerCase().endsWith('.ics');
  const named = calendar ? 'text/calendar' : attachment.mimeType;
  const type = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(named)
    ? named.toLowerCase()
    : 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/** The attachment at `index` of an email as a download, or undefined when it has none there. */
export async function attachmentAnswer(eml: string, index: number): Promise<OutboxAnswer | undefined> {
  const email = await PostalMime.parse(eml);
  const attachment = email.attachments[index];
  if (!attachment) return undefined;
  const { content } = attachment;
  // An ArrayBuffer (the parser's default encoding), or a Uint8Array for a calendar it re-encoded.
  const bytes =
    content instanceof ArrayBuffer ? Buffer.from(content) : Buffer.from(content as Uint8Array | string);
  const type = contentTypeOf(attachment);
  // The parser hands a calendar over with LF line ends; iCalendar's are CRLF (RFC 5545 §3.1).
  const body = calendarTypes.includes(attachment.mimeType)
    ? Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'))
    : bytes;
  return [
    200,
    {
      ...outboxSecurityHeaders("'none'"),
      'content-type': type,
      'content-disposition': contentDisposition('attachment', fileNameOf(attachment, index)),
    },
    body,
  ];
}

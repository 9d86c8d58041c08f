import { createHash } from 'node:crypto';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';
import {
  addressHeader,
  checkHeaderText,
  dateValue,
  MimeHeaderError,
  maxLineLength,
  messageIdValue,
  parameterHeader,
  quotedString,
  unstructuredHeader,
} from './mime-headers.ts';

type Attachment = NonNullable<EmailMessage['attachments']>[number];

// Lines of 76 (RFC 2045), with no line break after the last one.
const base64Lines = (text: string) =>
  Buffer.from(text)
    .toString('base64')
    .replace(/.{76}(?=.)/g, '$&\r\n');

/** RFC 2231 attribute-char: what a percent-encoded parameter value may hold as it is. */
const percentEncode = (character: string) =>
  /^[A-Za-z0-9!#$&+\-.^_`|~]$/.test(character)
    ? character
    : [...Buffer.from(character)]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');

/** `key*=UTF-8''...`, cut into numbered sections (`key*0*=`, `key*1*=`) where one line would not hold it. */
function extendedParameter(key: string, value: string): string[] {
  const units = [...value].map(percentEncode);
  // A section goes on a folded line of its own: one space before it, a `;` after it.
  const room = maxLineLength - 2;
  const whole = `${key}*=UTF-8''${units.join('')}`;
  if (whole.length <= room) return [whole];
  const sections: string[] = [];
  let [prefix, body] = [`${key}*0*=UTF-8''`, ''];
  for (const unit of units) {
    if (body && prefix.length + body.length + unit.length > room) {
      sections.push(prefix + body);
      [prefix, body] = [`${key}*${sections.length}*=`, ''];
    }
    body += unit;
  }
  return [...sections, prefix + body];
}

/**
 * The parameters that name a file (`filename` or `name`): a quoted string when the name is plain
 * ASCII; otherwise an ASCII fallback for readers without RFC 2231, then the exact name in its form.
 */
function fileNameParameters(key: string, fileName: string): string[] {
  checkHeaderText('Attachment file name', fileName);
  // Readers decode encoded words even in a quoted name, so one that looks like it goes as RFC 2231.
  if (/^[\x20-\x7e]*$/.test(fileName) && !fileName.includes('=?')) {
    return [`${key}=${quotedString(fileName)}`];
  }
  const fallback = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_');
  return [`${key}=${quotedString(fallback)}`, ...extendedParameter(key, fileName)];
}

function attachmentPart(attachment: Attachment): string[] {
  if (!/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(?:;.*)?$/s.test(attachment.contentType)) {
    throw new MimeHeaderError('Attachment content type is not of the form type/subtype');
  }
  return [
    parameterHeader('Content-Type', attachment.contentType, fileNameParameters('name', attachment.filename)),
    parameterHeader('Content-Disposition', 'attachment', fileNameParameters('filename', attachment.filename)),
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(attachment.content),
  ];
}

const textPart = (subtype: 'plain' | 'html', text: string) => [
  `Content-Type: text/${subtype}; charset=utf-8`,
  'Content-Transfer-Encoding: base64',
  '',
  base64Lines(text),
];

/** The plain address of a mailbox given as `addr@example.org` or `Display Name <addr@example.org>`. */
export const bareAddress = (mailbox: string) => /<([^<>]*)>\s*$/.exec(mailbox)?.[1] ?? mailbox.trim();

/** An opaque reference to an email's business key: traces a message without naming what it is about. */
export const mailReference = (idempotencyKey: string) =>
  createHash('sha256').update(`siklus-mail#${idempotencyKey}`).digest('hex').slice(0, 24);

/** A Message-ID in the sending domain, unique per business key and send time. */
export function messageIdFor(idempotencyKey: string, date: Date, from: string): string {
  const domain = bareAddress(from).split('@')[1] ?? 'localhost';
  return `<${mailReference(idempotencyKey)}.${date.getTime()}@${domain}>`;
}

/**
 * An email as RFC 5322 text: multipart/mixed around multipart/alternative (text, then HTML),
 * then the attachments. The outbox writes it as an `.eml` file; SES sends it as raw content.
 *
 * Every header value is checked first: a line break or other control character in the subject,
 * an address, a file name or an id throws a `MimeHeaderError` before anything is written, so a
 * directory entry can never add a header. Non-ASCII text is encoded (RFC 2047, RFC 2231) and
 * long headers folded.
 *
 * @example
 * toMime(message, { from: 'Siklus <no-reply@siklus.example.org>', messageId: '<k.1@siklus>', date });
 */
export function toMime(
  message: EmailMessage,
  envelope: { from: string; messageId: string; date: Date },
): string {
  const messageId = messageIdValue(envelope.messageId);
  // Base64 never holds `-`, so a boundary made of the id cannot occur inside a part.
  const tag = messageId.slice(1, 17).replace(/[^\w.-]/g, '_');
  const mixed = `mixed-${tag}`;
  const alternative = `alt-${tag}`;
  const lines = [
    addressHeader(
      'From',
      message.senderName ? `${message.senderName} <${bareAddress(envelope.from)}>` : envelope.from,
    ),
    ...(message.replyTo ? [addressHeader('Reply-To', message.replyTo)] : []),
    addressHeader('To', message.to),
    unstructuredHeader('Subject', message.subject),
    `Date: ${dateValue(envelope.date)}`,
    `Message-ID: ${messageId}`,
    // RFC 3834: out-of-office and other automatic replies stay away.
    'Auto-Submitted: auto-generated',
    `X-Siklus-Ref: ${mailReference(message.idempotencyKey)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    `--${alternative}`,
    ...textPart('plain', message.text),
    `--${alternative}`,
    ...textPart('html', message.html),
    `--${alternative}--`,
    ...(message.attachments ?? []).flatMap((attachment) => [`--${mixed}`, ...attachmentPart(attachment)]),
    `--${mixed}--`,
    '',
  ];
  return lines.join('\r\n');
}

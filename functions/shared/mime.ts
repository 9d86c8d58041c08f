import type { EmailMessage } from '#functions/ports/mailer.ts';

const encodeWord = (text: string) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
const base64Lines = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');

/**
 * An email as RFC 5322 text: multipart/mixed around multipart/alternative (text, then HTML),
 * then the attachments. The outbox writes it as an `.eml` file; SES sends it as raw content.
 */
export function toMime(
  message: EmailMessage,
  envelope: { from: string; messageId: string; date: Date },
): string {
  const { messageId } = envelope;
  const at = envelope.date;
  const mixed = `mixed-${messageId.slice(1, 17)}`;
  const alternative = `alt-${messageId.slice(1, 17)}`;
  const lines = [
    `From: ${envelope.from}`,
    `To: ${message.to}`,
    `Subject: ${encodeWord(message.subject)}`,
    `Date: ${at.toUTCString()}`,
    `Message-ID: ${messageId}`,
    `X-Siklus-Key: ${message.idempotencyKey}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    `--${alternative}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.text),
    `--${alternative}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.html),
    `--${alternative}--`,
    ...(message.attachments ?? []).flatMap((attachment) => [
      `--${mixed}`,
      `Content-Type: ${attachment.contentType}; name="${attachment.filename}"`,
      `Content-Disposition: attachment; filename="${attachment.filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachment.content),
    ]),
    `--${mixed}--`,
    '',
  ];
  return lines.join('\r\n');
}

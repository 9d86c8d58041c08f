import { type Html, html } from '#functions/platform/html/html.ts';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

/** What a template returns: the caller adds the recipient and the idempotency key. */
export type EmailContent = Omit<EmailMessage, 'to' | 'idempotencyKey'>;

/**
 * One piece of an email's body. Both parts are rendered from the same blocks, so the plain-text
 * part always carries the same facts and the same link as the HTML part.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'button'; label: string; href: string; fallback: string }
  | { kind: 'note'; text: string };

const font = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1f24';
const brandStyle = 'margin:0 0 16px;font-size:14px;font-weight:bold;color:#0b3d6e';

function blockHtml(block: Block): Html {
  switch (block.kind) {
    case 'heading':
      return html`<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#0b3d6e">${block.text}</h1>`;
    case 'paragraph':
      return html`<p style="margin:0 0 16px">${block.text}</p>`;
    case 'facts':
      return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;border-collapse:collapse">${block.rows.map(
        ([label, value]) =>
          html`<tr><th scope="row" style="padding:4px 16px 4px 0;text-align:left;vertical-align:top;font-weight:bold">${label}:</th><td style="padding:4px 0;vertical-align:top">${value}</td></tr>`,
      )}</table>`;
    case 'button':
      return html`<p style="margin:24px 0"><a href="${block.href}" style="display:inline-block;background:#0b4fa3;color:#ffffff;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:6px">${block.label}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5563">${block.fallback}<br><a href="${block.href}" style="color:#0b4fa3;word-break:break-all">${block.href}</a></p>`;
    case 'note':
      return html`<p style="margin:24px 0 0;font-size:14px;color:#4a5563">${block.text}</p>`;
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'button':
      return `${block.label}:\n${block.href}`;
  }
}

/**
 * An email's subject, HTML and plain-text parts from its blocks. The HTML is one centred column
 * with inline styles only (mail clients drop style sheets), a `lang` attribute and a link button
 * whose address is also written out for clients that hide buttons.
 */
export function renderEmail(email: {
  lang: Lang;
  brand: string;
  subject: string;
  blocks: readonly Block[];
}): EmailContent {
  const { lang, brand, subject, blocks } = email;
  const page = html`<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background:#f6f7f9">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f7f9"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border:1px solid #d5dae1;border-radius:8px"><tr><td style="padding:24px;${font}">
<p style="${brandStyle}">${brand}</p>
${blocks.map((block) => html`${blockHtml(block)}\n`)}</td></tr></table>
</td></tr></table>
</body>
</html>
`;
  const text = `${[brand, ...blocks.map(blockText)].join('\n\n')}\n`;
  return { subject, html: page.value, text };
}

import { escapeHtml } from '#forms/render/html.ts';
import type { Person } from '#functions/store/people-store.ts';

/** The email that carries a fresh link, in the person's language. */
export function freshLinkEmail(person: Person, url: string) {
  const id = person.language === 'id';
  const subject = id ? 'Tautan baru untuk Siklus' : 'Your new Siklus link';
  const lines = id
    ? [
        `Yth. ${person.name},`,
        'Berikut tautan baru untuk membuka formulir OPD Anda di Siklus. Tautan ini berlaku 7 hari.',
        url,
        'Abaikan email ini bila Anda tidak memintanya.',
      ]
    : [
        `Dear ${person.name},`,
        "Here is a new link to your OPD's forms in Siklus. It works for 7 days.",
        url,
        'Ignore this email if you did not ask for it.',
      ];
  const html = `<!doctype html><html lang="${person.language}"><body>${lines
    .map((line) =>
      line === url
        ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('')}</body></html>`;
  return { to: person.email, subject, text: lines.join('\n\n'), html };
}

import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Block, EmailContent } from '#functions/platform/mail/layout.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { formatDeadline, formatLongDate, formatShortDate } from '#functions/platform/time/dates.ts';
import { deadlineIcs, deadlineUid } from './ics.ts';

/** What every email about one obligation needs: who reads it, in which language, and the deadline. */
export interface ObligationMail {
  lang: Lang;
  recipientName: string;
  /** As the city calls itself, e.g. `Kota Jambi`. */
  cityName: string;
  opdName: string;
  /** What the obligation is called: its kind's title, which is its form's. */
  formTitle: Bilingual;
  /** The local due date, `YYYY-MM-DD`. */
  dueDate: string;
  /** The last moment of the due day (23:59:59 local, or the midnight that ends it). */
  dueInstant: Date;
  /** The city's IANA time zone: `Asia/Jakarta`, `Asia/Makassar` or `Asia/Jayapura`. */
  timeZone: string;
  obligationId: string;
  /** The signed link to the obligation's form. */
  link: string;
  /** The deployment's domain (of its site), for calendar UIDs. */
  domain: string;
  /** Who calendar entries come from (the city's Smart City team), for cancellations. */
  organizer?: string;
  deadlineVersion: number;
}

/** The facts every obligation email states, in the recipient's language. */
export interface MailFacts {
  form: string;
  /** `Jumat, 13 November 2026`. */
  dueDay: string;
  /** `13 November`: for subjects, which phones cut short. */
  dueShort: string;
  /** `Jumat, 13 November 2026 pukul 23.59 WIB`: for bodies. */
  deadline: string;
}

/**
 * Checks the parts that end up in markup or a calendar and words the deadline.
 * @throws InvalidInputError on a link that is not http(s), a malformed date or an unknown zone.
 */
export function mailFacts(mail: ObligationMail): MailFacts {
  if (!/^https?:\/\/\S+$/.test(mail.link)) throw new InvalidInputError('The link must be an http(s) URL');
  return {
    form: mail.formTitle[mail.lang],
    dueDay: formatLongDate(mail.dueDate, mail.lang),
    dueShort: formatShortDate(mail.dueDate, mail.lang),
    deadline: formatDeadline(mail.dueDate, mail.dueInstant, mail.timeZone, mail.lang),
  };
}

/** `Siklus · Kota Jambi`: the first line of every email. */
export const brandOf = (mail: ObligationMail): string => `Siklus · ${mail.cityName}`;

/** A paragraph of an email's body. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

export const greeting = (mail: ObligationMail): Block => ({
  kind: 'paragraph',
  text: mail.lang === 'id' ? `Yth. ${mail.recipientName},` : `Dear ${mail.recipientName},`,
});

/** The call to action: the signed link as a button, and written out below it. */
export const linkButton = (mail: ObligationMail, label: string): Block => ({
  kind: 'button',
  label,
  href: mail.link,
  fallback:
    mail.lang === 'id'
      ? 'Bila tombol tidak berfungsi, salin tautan ini ke peramban Anda:'
      : 'If the button does not work, copy this link into your browser:',
});

/** The closing note: where the email comes from and the obligation's reference, for questions. */
export const footer = (mail: ObligationMail): Block => ({
  kind: 'note',
  text:
    mail.lang === 'id'
      ? `Email ini dikirim otomatis oleh Siklus untuk tim Smart City ${mail.cityName}. Nomor rujukan: ${mail.obligationId}.`
      : `This email was sent automatically by Siklus for the ${mail.cityName} Smart City team. Reference: ${mail.obligationId}.`,
});

/** The file name of the deadline's calendar attachment in each language. */
export const calendarFileName: Readonly<Record<Lang, string>> = { id: 'tenggat.ics', en: 'deadline.ics' };

/**
 * The deadline as an `.ics` attachment. Its UID stays the same when the deadline moves and its
 * SEQUENCE is the deadline version, so a calendar updates the entry it already holds.
 */
export function calendarAttachment(
  mail: ObligationMail,
  facts: MailFacts,
  now: Date,
  method: 'PUBLISH' | 'CANCEL' = 'PUBLISH',
): NonNullable<EmailContent['attachments']>[number] {
  const id = mail.lang === 'id';
  const content = deadlineIcs({
    uid: deadlineUid(mail.obligationId, mail.domain),
    summary: id ? `Tenggat ${facts.form} (${mail.opdName})` : `Deadline: ${facts.form} (${mail.opdName})`,
    description: id
      ? `${mail.opdName} mengirim ${facts.form} lewat Siklus paling lambat ${facts.deadline}.\n${mail.link}`
      : `${mail.opdName} submits ${facts.form} through Siklus by ${facts.deadline}.\n${mail.link}`,
    dueDate: mail.dueDate,
    url: mail.link,
    // A cancellation follows the last version published, so it must count higher.
    sequence: mail.deadlineVersion + (method === 'CANCEL' ? 1 : 0),
    now,
    method,
    ...(mail.organizer ? { organizer: mail.organizer } : {}),
  });
  return {
    filename: calendarFileName[mail.lang],
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
  };
}

/** The sentence that points at the attached calendar file. */
export const calendarHint = (mail: ObligationMail): Block => ({
  kind: 'paragraph',
  text:
    mail.lang === 'id'
      ? `Tenggat ini terlampir sebagai berkas kalender (${calendarFileName.id}); buka berkas itu untuk menambahkannya ke kalender Anda.`
      : `The deadline is attached as a calendar file (${calendarFileName.en}); open it to add the deadline to your calendar.`,
});

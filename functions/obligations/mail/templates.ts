/**
 * The emails of the evaluation cycle about one obligation, in Bahasa Indonesia or English by the
 * recipient's language. Pure: the time a calendar file is stamped with (DTSTAMP) comes in as
 * `options.now`, read from the clock port by the caller.
 * @packageDocumentation
 */
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { type Block, type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import { formatInstant, formatLongDate } from '#functions/platform/time/dates.ts';
import {
  brandOf,
  calendarAttachment,
  calendarHint,
  footer,
  greeting,
  linkButton,
  mailFacts,
  type ObligationMail,
  paragraph,
} from './obligation-mail.ts';
import { opening, type ReminderSlot, timeLeft } from './reminder-wording.ts';

export type { ReminderSlot };

/** Who an escalation goes to: the head (or acting head) of the OPD first, then the city secretary. */
export type EscalationLevel = 'opd-head' | 'city-secretary';

/**
 * The kick-off email: the cycle starts, what the OPD must submit and by when, what its kind adds
 * (`options.note`: the innovation report's yearly target), and the link. Carries the deadline as an
 * `.ics` attachment stamped `now`.
 */
export function kickoffEmail(
  mail: ObligationMail,
  options: { now: Date; note?: { id: string; en: string } },
): EmailContent {
  const f = mailFacts(mail);
  const { cityName: city, opdName: opd } = mail;
  const id = mail.lang === 'id';
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: id ? `Evaluasi Smart City ${city} dimulai` : `The ${city} Smart City evaluation starts`,
    },
    greeting(mail),
    paragraph(
      id
        ? `Siklus evaluasi Smart City ${city} tahun ini telah dimulai. ${opd} diminta mengisi dan mengirim ${f.form} paling lambat ${f.deadline}.`
        : `This year's ${city} Smart City evaluation cycle has started. ${opd} is asked to fill in and submit ${f.form} by ${f.deadline}.`,
    ),
    {
      kind: 'facts',
      rows: [
        [id ? 'Formulir' : 'Form', f.form],
        ['OPD', opd],
        [id ? 'Tenggat' : 'Deadline', f.deadline],
      ],
    },
    paragraph(
      [
        options.note?.[mail.lang],
        id
          ? 'Mohon isi formulir seakurat mungkin dan sertakan buktinya; setiap draf yang disimpan dapat dilanjutkan kapan saja, juga dari ponsel.'
          : 'Please fill in the form as accurately as you can and add the evidence; every saved draft can be continued at any time, also on a phone.',
      ]
        .filter((sentence) => sentence !== undefined)
        .join(' '),
    ),
    linkButton(mail, id ? 'Buka formulir' : 'Open the form'),
    calendarHint(mail),
    paragraph(
      id
        ? 'Tautan ini khusus untuk OPD Anda; mohon tidak diteruskan. Bila tautan sudah kedaluwarsa, halaman yang terbuka menawarkan tautan baru.'
        : 'This link is for your OPD only; please do not forward it. If it has expired, the page it opens offers a new one.',
    ),
    footer(mail),
  ];
  const subject = id ? `Tenggat ${f.dueShort}: ${f.form} · ${opd}` : `Due ${f.dueShort}: ${f.form} · ${opd}`;
  return {
    ...renderEmail({ lang: mail.lang, brand: brandOf(mail), subject, blocks }),
    attachments: [calendarAttachment(mail, f, options.now)],
  };
}

/**
 * A reminder of one slot of the ladder: how many days are left (or that today is the day), the
 * deadline and the link. Carries the deadline as an `.ics` attachment.
 * @throws InvalidInputError when `daysLeft` is not a whole number of days, zero or more.
 */
export function reminderEmail(
  mail: ObligationMail,
  options: {
    slot: ReminderSlot | (string & {});
    daysLeft: number;
    now: Date;
    /** The OPD's latest draft of the form, if it has one: when it was saved, and by whom. */
    draft?: { savedAt: Date; savedBy: string };
  },
): EmailContent {
  const { slot, daysLeft, now, draft } = options;
  if (!Number.isSafeInteger(daysLeft) || daysLeft < 0) {
    throw new InvalidInputError(`daysLeft must be a whole number, zero or more; got ${daysLeft}`);
  }
  const f = mailFacts(mail);
  const id = mail.lang === 'id';
  const left = timeLeft(mail, f, daysLeft);
  const blocks: Block[] = [
    { kind: 'heading', text: left.heading },
    greeting(mail),
    paragraph(`${opening(mail, slot)} ${left.sentence}`),
    {
      kind: 'facts',
      rows: [
        [id ? 'Formulir' : 'Form', f.form],
        ['OPD', mail.opdName],
        [id ? 'Tenggat' : 'Deadline', f.deadline],
      ],
    },
    linkButton(mail, id ? 'Lanjutkan mengisi formulir' : 'Continue the form'),
    paragraph(draftSentence(mail, draft)),
    calendarHint(mail),
    footer(mail),
  ];
  return {
    ...renderEmail({ lang: mail.lang, brand: brandOf(mail), subject: left.subject, blocks }),
    attachments: [calendarAttachment(mail, f, now)],
  };
}

/** What the reminder says of the OPD's draft: only what is true, with when and by whom it was saved. */
function draftSentence(mail: ObligationMail, draft: { savedAt: Date; savedBy: string } | undefined): string {
  const id = mail.lang === 'id';
  if (!draft) {
    return id
      ? 'OPD Anda belum menyimpan draf formulir ini; tautan di atas membuka formulir baru. Bila OPD Anda sudah mengirimnya, abaikan email ini.'
      : 'Your OPD has not saved a draft of this form yet; the link above opens a new one. If your OPD has already submitted it, please ignore this email.';
  }
  const at = formatInstant(draft.savedAt, mail.timeZone, mail.lang);
  return id
    ? `Draf OPD Anda terakhir disimpan ${at} oleh ${draft.savedBy}; tautan di atas membukanya kembali.`
    : `Your OPD's draft was last saved ${at} by ${draft.savedBy}; the link above opens it again.`;
}

/**
 * An escalation to the head of the OPD, then to the city secretary: the OPD missed its deadline,
 * a late submission is still accepted until the phase closes, and the link. No calendar file: the
 * date is past.
 * @param options.missedSince the local date (`YYYY-MM-DD`) the obligation was marked missed.
 */
export function escalationEmail(
  mail: ObligationMail,
  options: { level: EscalationLevel; missedSince: string },
): EmailContent {
  const f = mailFacts(mail);
  const { cityName: city, opdName: opd } = mail;
  const id = mail.lang === 'id';
  const head = options.level === 'opd-head';
  const missed = formatLongDate(options.missedSince, mail.lang);
  const role = id
    ? head
      ? `Email ini dikirim kepada Anda sebagai pimpinan ${opd}.`
      : `Email ini dikirim kepada Anda sebagai Sekretaris Daerah ${city}, karena kiriman ini belum juga diterima setelah pimpinan OPD diberi tahu.`
    : head
      ? `You receive this email as the head of ${opd}.`
      : `You receive this email as the City Secretary of ${city}, because the submission is still missing after the head of the OPD was notified.`;
  const ask = id
    ? head
      ? 'Mohon pastikan operator OPD segera melengkapi dan mengirimkannya.'
      : `Mohon dorong ${opd} untuk segera mengirimkannya.`
    : head
      ? 'Please make sure the OPD operators complete and submit it soon.'
      : `Please urge ${opd} to submit it soon.`;
  const blocks: Block[] = [
    { kind: 'heading', text: id ? `${opd} melewati tenggat` : `${opd} missed its deadline` },
    greeting(mail),
    paragraph(
      id
        ? `${opd} belum mengirim ${f.form}, yang tenggatnya ${f.deadline}. ${role}`
        : `${opd} has not submitted ${f.form}, which was due ${f.deadline}. ${role}`,
    ),
    {
      kind: 'facts',
      rows: [
        ['OPD', opd],
        [id ? 'Formulir' : 'Form', f.form],
        [id ? 'Tenggat' : 'Deadline', f.deadline],
        [id ? 'Terlambat sejak' : 'Overdue since', missed],
      ],
    },
    paragraph(
      id
        ? `Kiriman terlambat masih diterima sampai tahap ini ditutup, dan ditandai terlambat. ${ask}`
        : `A late submission is still accepted until this phase closes, and is marked late. ${ask}`,
    ),
    linkButton(mail, id ? 'Lihat formulir' : 'View the form'),
    footer(mail),
  ];
  const subject = id
    ? `${head ? 'Terlambat' : 'Eskalasi'}: ${f.form} · ${opd}`
    : `${head ? 'Overdue' : 'Escalation'}: ${f.form} · ${opd}`;
  return renderEmail({ lang: mail.lang, brand: brandOf(mail), subject, blocks });
}

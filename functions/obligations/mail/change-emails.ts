/**
 * The emails a change of an obligation sends to the OPD at once: its deadline moved by an admin
 * (with the calendar entry updated: same UID, higher SEQUENCE), waived (with the calendar entry
 * cancelled), or a revision asked by a reviewer (with the entry moved to the revision's date).
 * @packageDocumentation
 */

import { type Block, type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
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

/** The deadline moved: the new date, the old one, and the updated calendar entry. */
export function deadlineMovedEmail(
  mail: ObligationMail,
  options: { previousDue: string; now: Date },
): EmailContent {
  const f = mailFacts(mail);
  const id = mail.lang === 'id';
  const before = formatLongDate(options.previousDue, mail.lang);
  const blocks: Block[] = [
    { kind: 'heading', text: id ? 'Tenggat diubah' : 'Deadline changed' },
    greeting(mail),
    paragraph(
      id
        ? `Dengan hormat, tenggat ${f.form} untuk ${mail.opdName} telah diubah oleh admin Smart City ${mail.cityName}. Tenggat yang berlaku sekarang ${f.deadline}.`
        : `The ${mail.cityName} Smart City admin has changed the deadline of ${f.form} for ${mail.opdName}. The deadline is now ${f.deadline}.`,
    ),
    {
      kind: 'facts',
      rows: [
        [id ? 'Formulir' : 'Form', f.form],
        ['OPD', mail.opdName],
        [id ? 'Tenggat baru' : 'New deadline', f.deadline],
        [id ? 'Tenggat sebelumnya' : 'Previous deadline', before],
      ],
    },
    linkButton(mail, id ? 'Buka formulir' : 'Open the form'),
    calendarHint(mail),
    footer(mail),
  ];
  return {
    ...renderEmail({
      lang: mail.lang,
      brand: brandOf(mail),
      subject: id
        ? `Tenggat diubah ke ${f.dueShort}: ${f.form} · ${mail.opdName}`
        : `Deadline moved to ${f.dueShort}: ${f.form} · ${mail.opdName}`,
      blocks,
    }),
    attachments: [calendarAttachment(mail, f, options.now)],
  };
}

/** The obligation was waived: nothing more is asked, the reason, and the calendar entry removed. */
export function waivedEmail(mail: ObligationMail, options: { reason: string; now: Date }): EmailContent {
  const f = mailFacts(mail);
  const id = mail.lang === 'id';
  const blocks: Block[] = [
    { kind: 'heading', text: id ? 'Kewajiban dibebaskan' : 'Obligation waived' },
    greeting(mail),
    paragraph(
      id
        ? `Dengan hormat, ${mail.opdName} dibebaskan dari kewajiban mengirim ${f.form} tahun ini oleh admin Smart City ${mail.cityName}. Tidak ada lagi pengingat untuk kewajiban ini, dan entri tenggatnya dihapus dari kalender Anda.`
        : `The ${mail.cityName} Smart City admin has waived ${mail.opdName}'s obligation to submit ${f.form} this year. No more reminders will be sent for it, and its deadline is removed from your calendar.`,
    ),
    {
      kind: 'facts',
      rows: [
        [id ? 'Formulir' : 'Form', f.form],
        ['OPD', mail.opdName],
        [id ? 'Alasan' : 'Reason', options.reason],
      ],
    },
    footer(mail),
  ];
  return {
    ...renderEmail({
      lang: mail.lang,
      brand: brandOf(mail),
      subject: id ? `Dibebaskan: ${f.form} · ${mail.opdName}` : `Waived: ${f.form} · ${mail.opdName}`,
      blocks,
    }),
    attachments: [calendarAttachment(mail, f, options.now, 'CANCEL')],
  };
}

/** The reviewer asked for a revision: what to revise, the new deadline, and the updated calendar entry. */
export function revisionRequestedEmail(
  mail: ObligationMail,
  options: { note: string; now: Date },
): EmailContent {
  const f = mailFacts(mail);
  const id = mail.lang === 'id';
  const blocks: Block[] = [
    { kind: 'heading', text: id ? 'Revisi diminta' : 'Revision requested' },
    greeting(mail),
    paragraph(
      id
        ? `Dengan hormat, tim evaluasi Smart City ${mail.cityName} telah meninjau ${f.form} ${mail.opdName} dan meminta perbaikan sebelum dapat menerimanya. Mohon kirimkan kembali paling lambat ${f.deadline}.`
        : `The ${mail.cityName} Smart City evaluation team has reviewed ${mail.opdName}'s ${f.form} and asks for changes before it can accept it. Please submit it again by ${f.deadline}.`,
    ),
    {
      kind: 'facts',
      rows: [
        [id ? 'Formulir' : 'Form', f.form],
        ['OPD', mail.opdName],
        [id ? 'Yang perlu diperbaiki' : 'What to revise', options.note],
        [id ? 'Tenggat revisi' : 'Revise by', f.deadline],
      ],
    },
    linkButton(mail, id ? 'Buka formulir' : 'Open the form'),
    calendarHint(mail),
    footer(mail),
  ];
  return {
    ...renderEmail({
      lang: mail.lang,
      brand: brandOf(mail),
      subject: id
        ? `Revisi diminta, paling lambat ${f.dueShort}: ${f.form} · ${mail.opdName}`
        : `Revision due ${f.dueShort}: ${f.form} · ${mail.opdName}`,
      blocks,
    }),
    attachments: [calendarAttachment(mail, f, options.now)],
  };
}

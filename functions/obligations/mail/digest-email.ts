import { type Block, type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';

/** One OPD in a day's escalation digest. */
export interface DigestRow {
  opdName: string;
  form: Bilingual;
  /** Local due date, `YYYY-MM-DD`. */
  due: string;
  missedSince: string;
  /** The head of the OPD, by name, when the directory has one. */
  headName?: string;
  /** A signed link to the obligation. */
  link: string;
}

export interface DigestMail {
  lang: Lang;
  recipientName: string;
  cityName: string;
  /** Why the person gets it: `city-secretary` for the city-wide step, `opd-head` for a head of several OPDs. */
  level: 'opd-head' | 'city-secretary';
  rows: readonly DigestRow[];
  /** The page that lists every missed obligation (after signing in). */
  overviewUrl: string;
  /** The local date of the digest. */
  date: string;
}

/**
 * The day's escalations to one person in one email: a table of the OPDs that missed a deadline,
 * what each missed and since when, the head of each, a link per OPD and one to the page that
 * lists them all. Replaces one email per OPD, which at a city's scale is dozens in a morning.
 */
export function escalationDigestEmail(mail: DigestMail): EmailContent {
  const id = mail.lang === 'id';
  const count = mail.rows.length;
  const day = formatLongDate(mail.date, mail.lang);
  const role = id
    ? mail.level === 'city-secretary'
      ? `Email ini dikirim kepada Anda sebagai Sekretaris Daerah ${mail.cityName}, karena kiriman berikut belum juga diterima setelah pimpinan OPD diberi tahu.`
      : 'Email ini dikirim kepada Anda sebagai pimpinan OPD berikut.'
    : mail.level === 'city-secretary'
      ? `You receive this email as the City Secretary of ${mail.cityName}, because these submissions are still missing after the heads of the OPDs were notified.`
      : 'You receive this email as the head of the following OPDs.';
  const rowBlocks: Block[] = mail.rows.flatMap((row) => [
    {
      kind: 'facts' as const,
      rows: [
        ['OPD', row.opdName],
        [id ? 'Formulir' : 'Form', row.form[mail.lang]],
        [id ? 'Tenggat' : 'Deadline', formatLongDate(row.due, mail.lang)],
        [id ? 'Terlambat sejak' : 'Overdue since', formatLongDate(row.missedSince, mail.lang)],
        [id ? 'Kepala OPD' : 'Head of OPD', row.headName ?? '-'],
        [id ? 'Tautan' : 'Link', row.link],
      ] as const,
    },
  ]);
  return renderEmail({
    lang: mail.lang,
    brand: `Siklus · ${mail.cityName}`,
    subject: id
      ? `Eskalasi: ${count} OPD melewati tenggat (${day})`
      : `Escalation: ${count} OPDs missed a deadline (${day})`,
    blocks: [
      { kind: 'heading', text: id ? `${count} OPD melewati tenggat` : `${count} OPDs missed a deadline` },
      { kind: 'paragraph', text: id ? `Yth. ${mail.recipientName},` : `Dear ${mail.recipientName},` },
      {
        kind: 'paragraph',
        text: id
          ? `Dengan hormat, per ${day} OPD berikut belum mengirim kewajibannya. ${role} Kiriman terlambat masih diterima sampai tahapnya ditutup, dan ditandai terlambat.`
          : `As of ${day}, the following OPDs have not submitted what they owe. ${role} A late submission is still accepted until its phase closes, and is marked late.`,
      },
      ...rowBlocks,
      {
        kind: 'button',
        label: id ? 'Lihat semua kewajiban yang terlambat' : 'See every missed obligation',
        href: mail.overviewUrl,
        fallback: id
          ? 'Bila tombol tidak berfungsi, salin tautan ini ke peramban Anda (masuk dengan akun Anda):'
          : 'If the button does not work, copy this link into your browser (sign in with your account):',
      },
      {
        kind: 'note',
        text: id
          ? `Email ini dikirim otomatis oleh Siklus untuk tim Smart City ${mail.cityName}, satu kali sehari untuk semua eskalasi kepada Anda.`
          : `This email was sent automatically by Siklus for the ${mail.cityName} Smart City team, once a day for every escalation to you.`,
      },
    ],
  });
}

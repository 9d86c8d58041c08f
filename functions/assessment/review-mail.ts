import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { citySender } from '#functions/obligations/compose-mail.ts';
import { type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import type { Review } from './review-model.ts';

/** What every email about a review says: the OPD, the round, its verifier and due date, and the signed link. */
export interface ReviewMail {
  city: City;
  opd: Opd;
  review: Review;
  /** Who the email goes to, in whose language it is written. */
  person: Person;
  verifierName: string;
  link: string;
}

/**
 * An email about a review round: a heading that is also its subject, the greeting, what happened
 * (`body`, in the recipient's language), the round's facts and the link, signed by the city's team.
 */
export function reviewEmail(mail: ReviewMail, text: { subject: string; body: string }): EmailContent {
  const lang = mail.person.language;
  const id = lang === 'id';
  return {
    ...renderEmail({
      lang,
      brand: id ? `Evaluasi Smart City ${mail.city.name}` : `${mail.city.name} Smart City evaluation`,
      subject: text.subject,
      blocks: [
        { kind: 'heading', text: text.subject },
        { kind: 'paragraph', text: id ? `Yth. ${mail.person.name},` : `Dear ${mail.person.name},` },
        { kind: 'paragraph', text: text.body },
        {
          kind: 'facts',
          rows: [
            ['OPD', mail.opd.name],
            [id ? 'Putaran' : 'Round', String(mail.review.round)],
            [id ? 'Verifikator' : 'Verifier', mail.verifierName],
            [id ? 'Tenggat verifikasi' : 'Verify by', formatLongDate(mail.review.due, lang)],
          ],
        },
        {
          kind: 'button',
          label: id ? 'Buka penilaian' : 'Open the review',
          href: mail.link,
          fallback: id
            ? 'Jika tombol tidak berfungsi, salin tautan ini:'
            : 'If the button does not work, copy this link:',
        },
        {
          kind: 'note',
          text: id
            ? 'Tautan ini pribadi dan berlaku 14 hari; jangan diteruskan kepada orang lain.'
            : 'This link is personal and works for 14 days; do not forward it.',
        },
      ],
    }),
    ...citySender(mail.city),
  };
}

/**
 * The email that tells a verifier a self-assessment waits for them: the OPD, the round (a
 * resubmission after a revision says so), the due date and the link, in the verifier's language.
 */
export function reviewAssignedEmail(mail: ReviewMail): EmailContent {
  const id = mail.person.language === 'id';
  const { opd, review } = mail;
  const again = review.round > 1;
  const subject = id
    ? `${again ? 'Perbaikan penilaian mandiri' : 'Penilaian mandiri'} ${opd.name} menunggu verifikasi Anda`
    : `${again ? 'The revised self-assessment' : 'The self-assessment'} of ${opd.name} awaits your verification`;
  const body = id
    ? again
      ? `${opd.name} telah mengirim perbaikan penilaian mandiri Smart City tahun ${review.year} sesuai permintaan Anda. Mohon verifikasi kembali tingkat yang diklaim terhadap bukti dukungnya.`
      : `${opd.name} telah mengirim penilaian mandiri Smart City tahun ${review.year}, dan Anda ditugaskan sebagai verifikatornya. Mohon periksa setiap tingkat yang diklaim terhadap bukti dukungnya.`
    : again
      ? `${opd.name} has sent its revised ${review.year} Smart City self-assessment, as you asked. Please verify the levels claimed against their evidence again.`
      : `${opd.name} has submitted its ${review.year} Smart City self-assessment, and you are assigned as its verifier. Please check each level claimed against its evidence.`;
  return reviewEmail(mail, { subject, body });
}

/** The verifier's reminder, the working day before the round is due. */
export function reviewReminderEmail(mail: ReviewMail): EmailContent {
  const id = mail.person.language === 'id';
  const due = formatLongDate(mail.review.due, mail.person.language);
  return reviewEmail(mail, {
    subject: id
      ? `Pengingat: verifikasi penilaian mandiri ${mail.opd.name} jatuh tempo ${due}`
      : `Reminder: the verification of ${mail.opd.name}'s self-assessment is due ${due}`,
    body: id
      ? `Penilaian mandiri ${mail.opd.name} masih menunggu keputusan Anda: terima, atau minta perbaikan dengan catatan per indikator.`
      : `The self-assessment of ${mail.opd.name} is still waiting for your decision: accept it, or ask for a revision with comments per indicator.`,
  });
}

/** The lead evaluator's escalation, the working day after a round was due undecided. */
export function reviewEscalationEmail(mail: ReviewMail): EmailContent {
  const id = mail.person.language === 'id';
  return reviewEmail(mail, {
    subject: id
      ? `Verifikasi terlambat: penilaian mandiri ${mail.opd.name}`
      : `Verification overdue: the self-assessment of ${mail.opd.name}`,
    body: id
      ? `Verifikasi penilaian mandiri ${mail.opd.name} oleh ${mail.verifierName} telah melewati tenggat tanpa keputusan. Email ini dikirim kepada Anda sebagai ketua tim evaluasi: Anda dapat memutuskan sendiri atau meminta verifikator segera menyelesaikannya.`
      : `The verification of ${mail.opd.name}'s self-assessment by ${mail.verifierName} is past its due date with no decision. You receive this email as the lead evaluator: you may decide it yourself, or ask the verifier to finish it soon.`,
  });
}

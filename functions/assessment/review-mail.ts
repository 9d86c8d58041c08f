import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { citySender } from '#functions/obligations/compose-mail.ts';
import { type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import type { Review } from './review-model.ts';

/** What the verifier's email says: which OPD, which round, by when, and the signed link to the review. */
export interface ReviewMail {
  city: City;
  opd: Opd;
  review: Review;
  verifier: Person;
  link: string;
}

/**
 * The email that tells a verifier a self-assessment waits for them: the OPD, the round (a
 * resubmission after a revision says so), the due date and the link, in the verifier's language.
 */
export function reviewAssignedEmail({ city, opd, review, verifier, link }: ReviewMail): EmailContent {
  const lang = verifier.language;
  const id = lang === 'id';
  const due = formatLongDate(review.due, lang);
  const again = review.round > 1;
  const subject = id
    ? `${again ? 'Perbaikan penilaian mandiri' : 'Penilaian mandiri'} ${opd.name} menunggu verifikasi Anda`
    : `${again ? 'The revised self-assessment' : 'The self-assessment'} of ${opd.name} awaits your verification`;
  return {
    ...renderEmail({
      lang,
      brand: id ? `Evaluasi Smart City ${city.name}` : `${city.name} Smart City evaluation`,
      subject,
      blocks: [
        { kind: 'heading', text: subject },
        { kind: 'paragraph', text: id ? `Yth. ${verifier.name},` : `Dear ${verifier.name},` },
        {
          kind: 'paragraph',
          text: id
            ? again
              ? `${opd.name} telah mengirim perbaikan penilaian mandiri Smart City tahun ${review.year} sesuai permintaan Anda. Mohon verifikasi kembali tingkat yang diklaim terhadap bukti dukungnya.`
              : `${opd.name} telah mengirim penilaian mandiri Smart City tahun ${review.year}, dan Anda ditugaskan sebagai verifikatornya. Mohon periksa setiap tingkat yang diklaim terhadap bukti dukungnya.`
            : again
              ? `${opd.name} has sent its revised ${review.year} Smart City self-assessment, as you asked. Please verify the levels claimed against their evidence again.`
              : `${opd.name} has submitted its ${review.year} Smart City self-assessment, and you are assigned as its verifier. Please check each level claimed against its evidence.`,
        },
        {
          kind: 'facts',
          rows: [
            ['OPD', opd.name],
            [id ? 'Putaran' : 'Round', String(review.round)],
            [id ? 'Tenggat verifikasi' : 'Verify by', due],
          ],
        },
        {
          kind: 'button',
          label: id ? 'Buka penilaian' : 'Open the review',
          href: link,
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
    ...citySender(city),
  };
}

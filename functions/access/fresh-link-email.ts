import { type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';

/** What the fresh-link email says: who asked, for which obligation, and the new link. */
export interface FreshLinkMail {
  lang: Lang;
  recipientName: string;
  cityName: string;
  opdName: string;
  formTitle: Bilingual;
  obligationId: string;
  /** The new signed link; it works for {@link FreshLinkMail.validDays} days. */
  link: string;
  validDays: number;
}

/**
 * The email with a fresh link, sent because someone opened an expired one and asked for it:
 * in the shared layout, saying why it comes, what the link opens and what to do if nobody asked.
 */
export function freshLinkEmail(mail: FreshLinkMail): EmailContent {
  const id = mail.lang === 'id';
  const form = mail.formTitle[mail.lang];
  return renderEmail({
    lang: mail.lang,
    brand: `Siklus · ${mail.cityName}`,
    subject: id ? `Tautan baru: ${form} · ${mail.opdName}` : `New link: ${form} · ${mail.opdName}`,
    blocks: [
      { kind: 'heading', text: id ? 'Tautan baru untuk Anda' : 'Your new link' },
      { kind: 'paragraph', text: id ? `Yth. ${mail.recipientName},` : `Dear ${mail.recipientName},` },
      {
        kind: 'paragraph',
        text: id
          ? `Tautan dari email sebelumnya sudah kedaluwarsa dan baru saja diminta tautan pengganti. Tautan di bawah membuka ${form} ${mail.opdName} dan berlaku ${mail.validDays} hari.`
          : `The link from an earlier email had expired, and a new one was just requested. The link below opens the ${form} of ${mail.opdName} and works for ${mail.validDays} days.`,
      },
      {
        kind: 'facts',
        rows: [
          [id ? 'Formulir' : 'Form', form],
          ['OPD', mail.opdName],
        ],
      },
      {
        kind: 'button',
        label: id ? 'Buka tautan' : 'Open the link',
        href: mail.link,
        fallback: id
          ? 'Bila tombol tidak berfungsi, salin tautan ini ke peramban Anda:'
          : 'If the button does not work, copy this link into your browser:',
      },
      {
        kind: 'paragraph',
        text: id
          ? 'Bila Anda tidak meminta tautan ini, abaikan email ini: tautan hanya dapat dipakai oleh pemilik kotak surat ini.'
          : 'If you did not ask for this link, ignore this email: only the owner of this mailbox can use it.',
      },
      {
        kind: 'note',
        text: id
          ? `Email ini dikirim otomatis oleh Siklus untuk tim Smart City ${mail.cityName}. Nomor rujukan: ${mail.obligationId}.`
          : `This email was sent automatically by Siklus for the ${mail.cityName} Smart City team. Reference: ${mail.obligationId}.`,
      },
    ],
  });
}

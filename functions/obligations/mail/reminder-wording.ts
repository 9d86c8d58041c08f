import type { MailFacts, ObligationMail } from './obligation-mail.ts';

/**
 * The reminder ladder of an obligation, counted in days before its deadline. A cycle's reminder
 * policy may name other slots; those read like the early ones.
 */
export type ReminderSlot = 'D-30' | 'D-14' | 'D-7' | 'D-1' | 'D-0';

/**
 * How much time is left, by the days actually left (a reminder moved off a holiday has more).
 * Subjects put what matters first (time left, form, OPD): phones cut the end.
 */
export function timeLeft(mail: ObligationMail, f: MailFacts, daysLeft: number) {
  const { opdName: opd } = mail;
  if (mail.lang === 'id') {
    if (daysLeft === 0) {
      const sentence = `Hari ini, ${f.deadline}, adalah batas waktu pengiriman ${f.form} untuk ${opd}.`;
      return {
        subject: `Hari ini tenggat: ${f.form} · ${opd}`,
        heading: 'Hari ini batas waktunya',
        sentence,
      };
    }
    if (daysLeft === 1) {
      const sentence = `Tinggal 1 hari lagi: ${f.form} untuk ${opd} harus dikirim paling lambat besok, ${f.deadline}.`;
      return { subject: `Besok tenggat: ${f.form} · ${opd}`, heading: 'Tinggal 1 hari lagi', sentence };
    }
    return {
      subject: `${daysLeft} hari lagi: ${f.form} · ${opd}`,
      heading: `Tinggal ${daysLeft} hari lagi`,
      sentence: `Tinggal ${daysLeft} hari lagi untuk mengirim ${f.form} untuk ${opd}. Tenggatnya ${f.deadline}.`,
    };
  }
  if (daysLeft === 0) {
    const sentence = `Today, ${f.deadline}, is the deadline to submit ${f.form} for ${opd}.`;
    return { subject: `Due today: ${f.form} · ${opd}`, heading: 'Today is the day', sentence };
  }
  if (daysLeft === 1) {
    const sentence = `1 day left: ${f.form} for ${opd} is due tomorrow, ${f.deadline}.`;
    return { subject: `Due tomorrow: ${f.form} · ${opd}`, heading: '1 day left', sentence };
  }
  return {
    subject: `${daysLeft} days left: ${f.form} · ${opd}`,
    heading: `${daysLeft} days left`,
    sentence: `You have ${daysLeft} days left to submit ${f.form} for ${opd}. The deadline is ${f.deadline}.`,
  };
}

/** The opening line: the formal address of a letter from the city early on, plain about what follows on the last day. */
export function opening(mail: ObligationMail, slot: string): string {
  const id = mail.lang === 'id';
  if (slot === 'D-0') {
    return id
      ? 'Masih ada waktu hari ini. Setelah tenggat lewat, OPD tercatat terlambat dan pimpinan OPD akan diberi tahu.'
      : 'There is still time today. After the deadline, the OPD is recorded as late and its head is notified.';
  }
  if (slot === 'D-1') return id ? 'Tenggatnya sudah dekat.' : 'The deadline is close.';
  return id
    ? `Dengan hormat, Tim Smart City ${mail.cityName} menyampaikan pengingat atas kewajiban berikut.`
    : `The ${mail.cityName} Smart City team respectfully reminds you of the following obligation.`;
}

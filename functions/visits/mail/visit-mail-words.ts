import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { checkUri } from '#functions/platform/mail/ics-text.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { formatLongDate, formatShortDate } from '#functions/platform/time/dates.ts';
import type { Visit, VisitStatus } from '../visit-model.ts';

/*
 * What a visit's emails say, in both languages: the subject and body of each occasion, the words
 * of its date and status. `visit-mail.ts` lays them out and attaches the calendar file.
 */

/** Which email of a visit's life: a date proposed, agreed, the day before, or the visit called off. */
export type VisitOccasion = 'proposed' | 'confirmed' | 'reminder' | 'cancelled';

/** What every email about a visit needs: the visit, its OPD and team, and who reads it. */
export interface VisitMail {
  city: City;
  opd: Opd;
  visit: Visit;
  /** Who the email goes to, in whose language it is written. */
  person: Person;
  /** The team's names, in the draw's order. */
  teamNames: readonly string[];
  /** Who proposed the slot's date, when the email is about a proposal. */
  proposerName?: string;
  occasion: VisitOccasion;
  /** The visit page, opened after signing in. */
  link: string;
  /** The city zone's name as people say it: `WIB`, `WITA`, `WIT`. */
  timeZoneLabel: string;
}

/** The status a visit has when each email is sent: anything else means a stale or misrouted send. */
const statusOf: Readonly<Record<VisitOccasion, VisitStatus>> = {
  proposed: 'proposed',
  confirmed: 'confirmed',
  reminder: 'confirmed',
  cancelled: 'cancelled',
};

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The slot in words: `Senin, 16 November 2026`, `16 November`, `09.00–12.00 WIB`, and its place. */
export interface SlotWords {
  day: string;
  short: string;
  time: string;
  place: string;
}

export function slotWords(mail: VisitMail): SlotWords | undefined {
  const { slot } = mail.visit;
  if (!slot) return undefined;
  if (!timePattern.test(slot.start) || !timePattern.test(slot.end) || slot.start >= slot.end)
    throw new InvalidInputError(`Not a time range (HH:MM-HH:MM): ${slot.start}-${slot.end}`);
  const lang = mail.person.language;
  const clock = (time: string) => (lang === 'id' ? time.replace(':', '.') : time);
  return {
    day: formatLongDate(slot.date, lang),
    short: formatShortDate(slot.date, lang),
    time: `${clock(slot.start)}–${clock(slot.end)} ${mail.timeZoneLabel}`,
    place: slot.place,
  };
}

/** Checks that the email fits the visit it is about, and words its slot. */
export function check(mail: VisitMail): SlotWords | undefined {
  checkUri(mail.link);
  const { visit, occasion } = mail;
  if (visit.status !== statusOf[occasion])
    throw new InvalidInputError(`A ${occasion} email for a ${visit.status} visit`);
  return slotWords(mail);
}

export type Say = (id: string, en: string) => string;

/** Picks the recipient's wording: each text is written in both languages side by side. */
export const sayer =
  (lang: Lang): Say =>
  (id, en) =>
    lang === 'id' ? id : en;

export function statusLabel(visit: Visit, t: Say): string {
  switch (visit.status) {
    case 'unscheduled':
      return t('Belum dijadwalkan', 'Not scheduled');
    case 'proposed':
      return visit.slot?.side === 'opd'
        ? t('Menunggu konfirmasi tim evaluasi', "Awaiting the team's confirmation")
        : t('Menunggu konfirmasi OPD', "Awaiting the OPD's confirmation");
    case 'confirmed':
      return t('Terkonfirmasi', 'Confirmed');
    case 'cancelled':
      return t('Dibatalkan', 'Cancelled');
  }
}

/** The subject, and the paragraphs that say what happened. */
export interface Words {
  subject: string;
  body: string[];
}

/** What the email says, in the recipient's language. */
export function words(mail: VisitMail, at: SlotWords | undefined, t: Say): Words {
  const opd = mail.opd.name;
  const when = (s: SlotWords) =>
    t(`${s.day}, pukul ${s.time}, di ${s.place}`, `${s.day}, ${s.time}, at ${s.place}`);
  // A visit cancelled before any date was proposed is the only email without one.
  if (mail.occasion === 'cancelled')
    return {
      subject: t(`Kunjungan evaluasi ke ${opd} dibatalkan`, `Evaluation visit to ${opd} cancelled`),
      body: [
        t(
          `Kunjungan evaluasi ke ${opd}${at ? ` yang direncanakan pada ${when(at)},` : ''} dibatalkan karena hasil pengundian OPD yang dikunjungi berubah. Kunjungan ini tidak perlu dipersiapkan lagi.`,
          `The evaluation visit to ${opd}${at ? ` planned for ${when(at)},` : ''} is cancelled because the draw of the OPDs to visit has changed. There is nothing left to prepare.`,
        ),
      ],
    };
  if (!at) throw new InvalidInputError(`A ${mail.occasion} email needs the visit's date`);
  const { slot } = mail.visit;
  switch (mail.occasion) {
    case 'proposed': {
      const proposal = [
        ...(mail.proposerName
          ? [t(`Usulan ini disampaikan oleh ${mail.proposerName}.`, `Proposed by ${mail.proposerName}.`)]
          : []),
        ...(slot?.note
          ? [t(`Catatan dari pengusul: ${slot.note}`, `Note from the proposer: ${slot.note}`)]
          : []),
      ];
      if (slot?.side === 'opd')
        return {
          subject: t(
            `Usulan jadwal pengganti kunjungan evaluasi dari ${opd}: ${at.short}`,
            `${opd} proposes another date for the evaluation visit: ${at.short}`,
          ),
          body: [
            t(
              `${opd} mengusulkan jadwal lain untuk kunjungan evaluasi, yaitu ${when(at)}. Mohon kesediaan tim evaluasi untuk mengonfirmasi tanggal tersebut atau mengusulkan tanggal lain melalui halaman kunjungan.`,
              `${opd} proposes another date for the evaluation visit instead: ${when(at)}. The evaluation team is asked to confirm it or propose another date on the visit page.`,
            ),
            ...proposal,
          ],
        };
      return {
        subject: t(
          `Usulan jadwal kunjungan evaluasi ke ${opd}: ${at.short}`,
          `Proposed date for the evaluation visit to ${opd}: ${at.short}`,
        ),
        body: [
          t(
            `Tim evaluasi Smart City ${mail.city.name} mengusulkan kunjungan evaluasi ke ${opd} pada ${when(at)}. Mohon kesediaan Kepala ${opd} untuk mengonfirmasi tanggal tersebut atau mengusulkan tanggal lain melalui halaman kunjungan.`,
            `The ${mail.city.name} Smart City evaluation team proposes to visit ${opd} on ${when(at)}. The head of ${opd} is asked to confirm this date or propose another on the visit page.`,
          ),
          ...proposal,
        ],
      };
    }
    case 'confirmed':
      return {
        subject: t(
          `Kunjungan evaluasi ke ${opd} dikonfirmasi: ${at.short}`,
          `Evaluation visit to ${opd} confirmed: ${at.short}`,
        ),
        body: [
          t(
            `Kunjungan evaluasi ke ${opd} telah dikonfirmasi dan akan dilaksanakan pada ${when(at)}.`,
            `The evaluation visit to ${opd} is confirmed for ${when(at)}.`,
          ),
        ],
      };
    case 'reminder':
      // Sent the working day before, which is not always the day before: the date is named, not "tomorrow".
      return {
        subject: t(
          `Pengingat: kunjungan evaluasi ke ${opd}, ${at.day}`,
          `Reminder: evaluation visit to ${opd}, ${at.day}`,
        ),
        body: [
          t(
            `Dengan hormat, kami mengingatkan bahwa kunjungan evaluasi ke ${opd} akan dilaksanakan pada ${when(at)}.`,
            `This is a reminder that the evaluation visit to ${opd} takes place on ${when(at)}.`,
          ),
        ],
      };
  }
}

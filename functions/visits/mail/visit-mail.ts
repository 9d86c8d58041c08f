import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { citySender } from '#functions/obligations/compose-mail.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { checkUri } from '#functions/platform/mail/ics-text.ts';
import { type Block, type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { instantAt } from '#functions/platform/time/calendar.ts';
import { formatLongDate, formatShortDate } from '#functions/platform/time/dates.ts';
import { wallTimeOf } from '#functions/platform/time/zone-offset.ts';
import type { Visit, VisitStatus } from '../visit-model.ts';
import { type CalendarPerson, visitIcs } from './visit-ics.ts';

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

/**
 * What the invitation needs besides the email: its UID (see `visitUid`), the clock, and whom it
 * invites. `start` and `end` are the slot's instants if the caller computed them (they must be the
 * slot's times in the city's zone), else they are computed here; `organizer` defaults to the city's
 * Smart City team.
 */
export interface VisitInvitationEvent {
  uid: string;
  now: Date;
  attendees: readonly CalendarPerson[];
  organizer?: CalendarPerson;
  start?: Date;
  end?: Date;
}

/** The file name of the invitation, in both languages: people forward it to colleagues who read either. */
export const visitCalendarFileName = 'kunjungan-evaluasi.ics';

/** The status a visit has when each email is sent: anything else means a stale or misrouted send. */
const statusOf: Readonly<Record<VisitOccasion, VisitStatus>> = {
  proposed: 'proposed',
  confirmed: 'confirmed',
  reminder: 'confirmed',
  cancelled: 'cancelled',
};

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The slot in words: `Senin, 16 November 2026`, `16 November`, `09.00–12.00 WIB`, and its place. */
interface SlotWords {
  day: string;
  short: string;
  time: string;
  place: string;
}

function slotWords(mail: VisitMail): SlotWords | undefined {
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
function check(mail: VisitMail): SlotWords | undefined {
  checkUri(mail.link);
  const { visit, occasion } = mail;
  if (visit.status !== statusOf[occasion])
    throw new InvalidInputError(`A ${occasion} email for a ${visit.status} visit`);
  return slotWords(mail);
}

type Say = (id: string, en: string) => string;

/** Picks the recipient's wording: each text is written in both languages side by side. */
const sayer =
  (lang: Lang): Say =>
  (id, en) =>
    lang === 'id' ? id : en;

function statusLabel(visit: Visit, t: Say): string {
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
interface Words {
  subject: string;
  body: string[];
}

/** What the email says, in the recipient's language. */
function words(mail: VisitMail, at: SlotWords | undefined, t: Say): Words {
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

/** The email: heading, greeting, what happened, the visit's facts, `extra`, the link. */
function compose(
  mail: VisitMail,
  at: SlotWords | undefined,
  text: Words,
  extra: readonly Block[],
): EmailContent {
  const lang = mail.person.language;
  const t = sayer(lang);
  const team = mail.teamNames.join(', ');
  const rows: (readonly [string, string])[] = [
    ['OPD', mail.opd.name],
    ...(at
      ? [
          [t('Tanggal', 'Date'), at.day] as const,
          [t('Waktu', 'Time'), at.time] as const,
          [t('Tempat', 'Place'), at.place] as const,
        ]
      : []),
    ...(team ? [[t('Tim evaluasi', 'Team'), team] as const] : []),
    ['Status', statusLabel(mail.visit, t)],
  ];
  return {
    ...renderEmail({
      lang,
      brand: t(`Evaluasi Smart City ${mail.city.name}`, `${mail.city.name} Smart City evaluation`),
      subject: text.subject,
      blocks: [
        { kind: 'heading', text: text.subject },
        { kind: 'paragraph', text: t(`Yth. ${mail.person.name},`, `Dear ${mail.person.name},`) },
        ...text.body.map((paragraph): Block => ({ kind: 'paragraph', text: paragraph })),
        { kind: 'facts', rows },
        ...extra,
        {
          kind: 'button',
          label: t('Buka kunjungan', 'Open the visit'),
          href: mail.link,
          fallback: t(
            'Jika tombol tidak berfungsi, salin tautan ini:',
            'If the button does not work, copy this link:',
          ),
        },
        {
          kind: 'note',
          text: t(
            'Halaman kunjungan terbuka setelah Anda masuk dengan akun Siklus Anda.',
            'The visit page opens once you sign in with your Siklus account.',
          ),
        },
      ],
    }),
    ...citySender(mail.city),
  };
}

/**
 * The instant the slot's `time` names in `timeZone`; one the caller passes must be that instant,
 * since the email words the slot and the calendar holds the instant.
 */
function slotInstant(given: Date | undefined, date: string, time: string, timeZone: string): Date {
  if (!given) return instantAt(date, time, timeZone);
  const wall = Number.isNaN(given.getTime()) ? '' : wallTimeOf(given, timeZone).slice(0, 16);
  if (wall !== `${date}T${time}`)
    throw new InvalidInputError(`The instant ${String(given)} is not ${date} ${time} in ${timeZone}`);
  return given;
}

/**
 * An email about a visit, for one person in their language: what happened (a date proposed by
 * the team or the OPD, confirmed, the reminder, a cancellation), the visit's facts and the link.
 * @throws InvalidInputError when the visit's status does not fit the occasion, a dated occasion
 * has no slot, the slot's times are malformed, or the link is not http(s).
 */
export function visitEmail(mail: VisitMail): EmailContent {
  const at = check(mail);
  return compose(mail, at, words(mail, at, sayer(mail.person.language)), []);
}

/**
 * The visit's email with its invitation attached (`kunjungan-evaluasi.ics`): tentative while a
 * date is proposed, confirmed once agreed (the reminder carries it again), a cancellation when
 * the visit is cancelled. The UID stays and SEQUENCE is the visit's, so calendars update the
 * entry they hold.
 * A visit cancelled before it had a date gets the plain email: no calendar holds it.
 * @throws InvalidInputError as {@link visitEmail} and `visitIcs` do, when a given `start`/`end`
 * is not the slot's time in the city's zone, or when there is no organizer (the city has no team).
 */
export function visitInvitation(mail: VisitMail, ics: VisitInvitationEvent): EmailContent {
  const at = check(mail);
  const { slot } = mail.visit;
  if (!slot || !at) return visitEmail(mail);
  const zone = mail.city.timeZone;
  const organizer = ics.organizer ?? mail.city.team;
  if (!organizer)
    throw new InvalidInputError(`${mail.city.name} has no Smart City team address to invite from`);
  const t = sayer(mail.person.language);
  const text = words(mail, at, t);
  const method = mail.occasion === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const team = mail.teamNames.join(', ');
  const content = visitIcs({
    uid: ics.uid,
    now: ics.now,
    organizer,
    attendees: ics.attendees,
    start: slotInstant(ics.start, slot.date, slot.start, zone),
    end: slotInstant(ics.end, slot.date, slot.end, zone),
    sequence: mail.visit.sequence,
    method,
    status: method === 'CANCEL' ? 'CANCELLED' : mail.visit.status === 'proposed' ? 'TENTATIVE' : 'CONFIRMED',
    summary: t(
      `Kunjungan evaluasi Smart City ke ${mail.opd.name}`,
      `Smart City evaluation visit to ${mail.opd.name}`,
    ),
    description: [...text.body, ...(team ? [`${t('Tim evaluasi', 'Team')}: ${team}`] : []), mail.link].join(
      '\n',
    ),
    location: slot.place,
    url: mail.link,
  });
  const file = visitCalendarFileName;
  const hint =
    method === 'CANCEL'
      ? t(
          `Berkas kalender terlampir (${file}) menghapus kunjungan ini dari kalender Anda.`,
          `The attached calendar file (${file}) removes the visit from your calendar.`,
        )
      : t(
          `Undangan kalender terlampir (${file}); buka berkas tersebut untuk menambahkan kunjungan ini ke kalender Anda.`,
          `The calendar invitation is attached (${file}); open it to add the visit to your calendar.`,
        ) +
        (mail.visit.status === 'proposed'
          ? t(
              ' Selama belum dikonfirmasi, kunjungan ini tercatat sebagai sementara.',
              ' Until it is confirmed, the visit shows as tentative.',
            )
          : '');
  return {
    ...compose(mail, at, text, [{ kind: 'paragraph', text: hint }]),
    attachments: [{ filename: file, contentType: `text/calendar; method=${method}; charset=UTF-8`, content }],
  };
}

import { citySender } from '#functions/obligations/compose-mail.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { type Block, type EmailContent, renderEmail } from '#functions/platform/mail/layout.ts';
import { instantAt } from '#functions/platform/time/calendar.ts';
import { wallTimeOf } from '#functions/platform/time/zone-offset.ts';
import { type CalendarPerson, visitIcs } from './visit-ics.ts';
import {
  check,
  type SlotWords,
  sayer,
  statusLabel,
  type VisitMail,
  type VisitOccasion,
  type Words,
  words,
} from './visit-mail-words.ts';

export type { VisitMail, VisitOccasion };

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

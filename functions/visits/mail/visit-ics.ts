import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { checkUri, escapeIcsText, foldIcsLine, utcStamp } from '#functions/platform/mail/ics-text.ts';

/** Someone an invitation names: a display name and an address. */
export interface CalendarPerson {
  name: string;
  email: string;
}

/** A visit as a timed calendar event sent to the people concerned (RFC 5546 iTIP). */
export interface VisitEvent {
  /** Stable for the life of the visit (see {@link visitUid}), so calendars update the entry they hold. */
  uid: string;
  /** The visit's calendar sequence: a calendar replaces its copy when a later one arrives. */
  sequence: number;
  /** When the file is made (DTSTAMP); from the clock port. */
  now: Date;
  /** `REQUEST` adds or updates the entry; `CANCEL` removes it, and then the status is `CANCELLED`. */
  method: 'REQUEST' | 'CANCEL';
  /** `TENTATIVE` while a date waits for the other side, `CONFIRMED` once both agree. */
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
}

/**
 * The calendar UID of a visit: the same for every date and status the visit goes through, and in
 * the deployment's own domain, so staging and production entries never collide in a calendar.
 */
export const visitUid = (city: string, visitId: string, domain: string) =>
  `visit.${city}.${visitId}@${domain}`;

/** An address as the deadline's calendar file accepts an organizer's, and no control character besides. */
const addressPattern = /^[^\s@<>"\p{Cc}]+@[^\s@<>"\p{Cc}]+$/u;

function mailto(email: string): string {
  if (!addressPattern.test(email)) throw new InvalidInputError(`Not an email address: ${email}`);
  return `mailto:${email}`;
}

/**
 * A CN parameter: quoted, because names hold commas and colons; a quoted value cannot carry a
 * double quote or a control character (RFC 5545 §3.1), so those are dropped.
 */
const commonName = (name: string): string =>
  `;CN="${name
    .replace(/["\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()}"`;

function instant(at: Date, name: string): string {
  if (Number.isNaN(at.getTime())) throw new InvalidInputError(`${name} needs a valid instant`);
  return utcStamp(at);
}

function check(event: VisitEvent): void {
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0)
    throw new InvalidInputError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  if ((event.method === 'CANCEL') !== (event.status === 'CANCELLED'))
    throw new InvalidInputError(`METHOD:${event.method} does not go with STATUS:${event.status}`);
  if (!(event.end.getTime() > event.start.getTime()))
    throw new InvalidInputError('A visit must end after it starts');
  // RFC 5546 §3.2.2 and §3.2.5: a request and a cancellation name at least one attendee.
  if (event.attendees.length === 0) throw new InvalidInputError('An invitation needs an attendee');
}

/**
 * The visit as an iCalendar invitation (RFC 5545, RFC 5546 `METHOD:REQUEST` or `CANCEL`): one
 * timed event in UTC with its place, organizer and attendees, and a display alarm a day before.
 * CRLF line endings, escaped text, folded lines.
 * @throws InvalidInputError on a bad sequence, invalid or inverted instants, a method that does
 * not go with the status, a URL that is not http(s), or a malformed address.
 * @example
 * visitIcs({ uid: visitUid('jambi', '2026.diskominfo', 'siklus.example'), sequence: 1, now: clock.now(),
 *   method: 'REQUEST', status: 'TENTATIVE', start, end, summary: 'Kunjungan evaluasi', description: '...',
 *   location: 'Ruang rapat', url: 'https://siklus.example/l/abc', organizer, attendees });
 */
export function visitIcs(event: VisitEvent): string {
  check(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Siklus//Smart City evaluation//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${instant(event.now, 'DTSTAMP')}`,
    `DTSTART:${instant(event.start, 'DTSTART')}`,
    `DTEND:${instant(event.end, 'DTEND')}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    `URL:${checkUri(event.url)}`,
    `ORGANIZER${commonName(event.organizer.name)}:${mailto(event.organizer.email)}`,
    // Dates are agreed on the visit page, not by calendar replies: no RSVP is asked for.
    ...event.attendees.map(
      (a) =>
        `ATTENDEE${commonName(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(a.email)}`,
    ),
    `STATUS:${event.status}`,
    // The visit takes the attendees' time: their calendars show them busy.
    'TRANSP:OPAQUE',
    ...(event.method === 'CANCEL'
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeIcsText(event.summary)}`,
          // A day ahead leaves time to gather the evidence the team will ask to see.
          'TRIGGER:-P1D',
          'END:VALARM',
        ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

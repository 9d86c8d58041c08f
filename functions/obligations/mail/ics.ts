import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { checkUri, escapeIcsText, foldIcsLine, utcStamp } from '#functions/platform/mail/ics-text.ts';
import { addDays } from '#functions/platform/time/days.ts';

/** The text rules of every calendar file, where the deadline's tests have always found them. */
export { escapeIcsText, foldIcsLine };

/** A deadline as an all-day calendar event. */
export interface DeadlineEvent {
  /** Stable across deadline moves (see {@link deadlineUid}), so calendars update the entry they hold. */
  uid: string;
  summary: string;
  description: string;
  /** The local due date, `YYYY-MM-DD`: the event covers that whole day. */
  dueDate: string;
  url: string;
  /** The deadline version: a calendar replaces its copy when a later sequence arrives. */
  sequence: number;
  /** When the file is made (DTSTAMP); from the clock port. */
  now: Date;
  /**
   * `PUBLISH` (the default) adds or updates the entry; `CANCEL` removes it (RFC 5546: with a
   * SEQUENCE above the last published one, `STATUS:CANCELLED` and an organizer).
   */
  method?: 'PUBLISH' | 'CANCEL';
  /** Who the event comes from (`mailto:`); required for `CANCEL`. */
  organizer?: string;
}

/**
 * The calendar UID of an obligation's deadline: the same for every version of that deadline, and
 * in the deployment's own domain, so staging and production entries never collide in a calendar.
 */
export const deadlineUid = (obligationId: string, domain: string): string => `${obligationId}@${domain}`;

const basicDate = (date: string): string => date.replaceAll('-', '');

/**
 * The deadline as an iCalendar file (RFC 5545, `METHOD:PUBLISH`): one all-day event on the local
 * due date with a display alarm at 09:00 the day before. CRLF line endings, escaped text, folded lines.
 * @example
 * deadlineIcs({ uid: deadlineUid('obl-1', 'siklus.example'), summary: 'Tenggat', description: '...', dueDate: '2026-11-13',
 *   url: 'https://siklus.example/l/abc', sequence: 2, now: clock.now() });
 */
export function deadlineIcs(event: DeadlineEvent): string {
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) {
    throw new InvalidInputError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  }
  const method = event.method ?? 'PUBLISH';
  if (method === 'CANCEL' && !event.organizer)
    throw new InvalidInputError('A cancellation needs an organizer');
  if (event.organizer !== undefined && !/^[^\s@<>"]+@[^\s@<>"]+$/.test(event.organizer))
    throw new InvalidInputError(`Not an organizer address: ${event.organizer}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Siklus//Smart City evaluation//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(addDays(event.dueDate, 0))}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.dueDate, 1))}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    `URL:${checkUri(event.url)}`,
    ...(event.organizer ? [`ORGANIZER:mailto:${event.organizer}`] : []),
    // A deadline marks a day; it does not make the person busy all day.
    'TRANSP:TRANSPARENT',
    ...(method === 'CANCEL'
      ? ['STATUS:CANCELLED']
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeIcsText(event.summary)}`,
          // The event starts at local midnight of the due day: fifteen hours before is 09:00 the day before.
          'TRIGGER:-PT15H',
          'END:VALARM',
        ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

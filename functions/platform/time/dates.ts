/**
 * Dates and instants as people in a city read them: the one formatter of every date and time that
 * a page, an email, the CLI or the outbox shows.
 *
 * Time in Siklus, `functions/platform/time/`: calendar dates (`YYYY-MM-DD`, local to a city) and
 * their arithmetic in `days.ts`; zone offsets and wall times in `zone-offset.ts`; the zones' names
 * (WIB, WITA, WIT) and the default zone in `zones.ts`; the one cached `Intl.DateTimeFormat`
 * factory in `formats.ts`; a cycle's working calendar in `calendar.ts`; the wall clock in
 * `system-clock.ts`. An instant is always written in the zone of the city it belongs to.
 *
 * Why no `Temporal` (nor `temporal-polyfill`): Node 24, the Lambda runtime, has no `Temporal`,
 * and the polyfill would add tens of kilobytes to every Lambda bundle that formats a date, for
 * what `Intl.DateTimeFormat` already gives: zone offsets from the runtime's own zone data, and
 * dates in Bahasa Indonesia and English. Calendar dates reckoned as UTC midnights cover the day
 * arithmetic, and Indonesia's zones keep no daylight saving time. Revisit once the runtime ships
 * `Temporal` itself: then it costs no bytes.
 * @packageDocumentation
 */
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { addDays, utcMidnight } from './days.ts';
import { dateTimeFormat, formatParts } from './formats.ts';
import { wallTimeOf } from './zone-offset.ts';
import { zoneAbbreviation } from './zones.ts';

/** A calendar date is its UTC midnight, so it is formatted in UTC: the date stays the one written. */
const dateZone = 'UTC';

const longDate = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/** The parts of a `YYYY-MM-DD` date in words, in `lang`. */
function dateParts(value: string, lang: Lang) {
  return formatParts(dateTimeFormat(lang, dateZone, longDate), utcMidnight(value));
}

/**
 * A `YYYY-MM-DD` local date as people in the city read it: `Jumat, 13 November 2026` and
 * `Friday, 13 November 2026`. Built from parts, so an ICU update cannot move the comma.
 * @throws InvalidInputError unless a real `YYYY-MM-DD`.
 */
export function formatLongDate(value: string, lang: Lang): string {
  const part = dateParts(value, lang);
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`;
}

/** A `YYYY-MM-DD` local date without its weekday and year, for subjects: `13 November`. */
export function formatShortDate(value: string, lang: Lang): string {
  const part = dateParts(value, lang);
  return `${part('day')} ${part('month')}`;
}

/**
 * A `YYYY-MM-DD` local date without its weekday, for tables and form answers: `30 Oktober 2026`
 * and `30 October 2026`.
 * @throws InvalidInputError unless a real `YYYY-MM-DD`.
 */
export function formatDay(value: string, lang: Lang): string {
  return dateTimeFormat(lang, dateZone, { dateStyle: 'long' }).format(utcMidnight(value));
}

/** The wall time of a valid instant in a zone: its local date, hour, minute and second. */
function localParts(instant: Date, timeZone: string) {
  if (Number.isNaN(instant.getTime())) throw new InvalidInputError('Expected a valid instant');
  const wall = wallTimeOf(instant, timeZone);
  return { date: wall.slice(0, 10), hour: wall.slice(11, 13), minute: wall.slice(14, 16), wall };
}

/**
 * An instant as people in the city read it, with the zone's name: `Senin, 5 Januari 2026 08.00 WIB`
 * and `Monday, 5 January 2026 08:00 WIB`. For emails, the CLI, the outbox and the cycle's schedule:
 * they write a moment the same way.
 * @throws InvalidInputError for an invalid instant or an unknown time zone.
 */
export function formatInstant(instant: Date, timeZone: string, lang: Lang): string {
  const { date, hour, minute } = localParts(instant, timeZone);
  const day = formatLongDate(date, lang);
  const zone = zoneAbbreviation(timeZone, instant);
  return lang === 'id' ? `${day} ${hour}.${minute} ${zone}` : `${day} ${hour}:${minute} ${zone}`;
}

/**
 * When something was saved, sent or is due, for a page's lists: `17 Agustus 2026 pukul 09.30 WITA`
 * and `17 August 2026 at 09:30 WITA`, in the zone of the city it belongs to. `instant` may be the
 * ISO 8601 text it is stored as.
 * @throws InvalidInputError for an invalid instant or an unknown time zone.
 */
export function formatTimestamp(instant: Date | string, timeZone: string, lang: Lang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new InvalidInputError('Expected a valid instant');
  const words = dateTimeFormat(lang, timeZone, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return `${words} ${zoneAbbreviation(timeZone, date)}`;
}

/**
 * The deadline in words: `Jumat, 13 November 2026 pukul 23.59 WIB` and
 * `Friday, 13 November 2026 at 23:59 WIB`. `dueInstant` is the last moment of `dueDate` in
 * `timeZone`; the exclusive form (midnight that starts the next day) reads as 23.59 of the due
 * day, because "pukul 00.00" on the following day is not what anyone means.
 * @throws InvalidInputError when the instant falls on another day than `dueDate` in `timeZone`.
 */
export function formatDeadline(dueDate: string, dueInstant: Date, timeZone: string, lang: Lang): string {
  const local = localParts(dueInstant, timeZone);
  const exclusiveEnd = local.date === addDays(dueDate, 1) && local.wall.slice(11, 19) === '00:00:00';
  if (local.date !== dueDate && !exclusiveEnd) {
    throw new InvalidInputError(
      `The due instant ${dueInstant.toISOString()} is not on ${dueDate} in ${timeZone}`,
    );
  }
  const [hour, minute] = exclusiveEnd ? ['23', '59'] : [local.hour, local.minute];
  const zone = zoneAbbreviation(timeZone, dueInstant);
  const day = formatLongDate(dueDate, lang);
  return lang === 'id' ? `${day} pukul ${hour}.${minute} ${zone}` : `${day} at ${hour}:${minute} ${zone}`;
}

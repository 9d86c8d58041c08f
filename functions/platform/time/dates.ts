import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { addDays as addCalendarDays } from '#functions/platform/time/calendar.ts';

/** The languages an email is written in. */
export type MailLang = 'id' | 'en';

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` calendar date as a UTC midnight, so that day arithmetic ignores time zones. */
function utcMidnight(value: string): Date {
  const match = localDatePattern.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new InvalidInputError(`Expected a YYYY-MM-DD date, got "${value}"`);
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new InvalidInputError(`No such date: "${value}"`);
  }
  return date;
}

const longDateFormats: Record<MailLang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/**
 * A `YYYY-MM-DD` local date as people in the city read it: `Jumat, 13 November 2026` and
 * `Friday, 13 November 2026`. Built from parts, so an ICU update cannot move the comma.
 */
export function formatLongDate(value: string, lang: MailLang): string {
  const parts = longDateFormats[lang].formatToParts(utcMidnight(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`;
}

/** A `YYYY-MM-DD` local date without its weekday and year, for subjects: `13 November`. */
export function formatShortDate(value: string, lang: MailLang): string {
  const parts = longDateFormats[lang].formatToParts(utcMidnight(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')}`;
}

/** Indonesia's three zones by the names people use; other zones fall back to a `GMT+7` offset. */
const indonesianZones: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const localFormats = new Map<string, Intl.DateTimeFormat>();

function localFormat(timeZone: string): Intl.DateTimeFormat {
  let format = localFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-GB', {
        ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
        ...{ second: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'shortOffset' },
      });
    } catch (error) {
      throw new InvalidInputError(`Unknown time zone "${timeZone}"`, { cause: error });
    }
    localFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock parts of an instant in a time zone. */
function localParts(instant: Date, timeZone: string) {
  if (Number.isNaN(instant.getTime())) throw new InvalidInputError('Expected a valid instant');
  const parts = localFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}:${part('second')}`,
    offset: part('timeZoneName'),
  };
}

/** The zone's abbreviation at an instant: `WIB`, `WITA`, `WIT` in Indonesia, else e.g. `GMT+10`. */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  return indonesianZones[timeZone] ?? localParts(at, timeZone).offset;
}

/**
 * An instant as people in the city read it, with the zone's name: `Senin, 5 Januari 2026 08.00 WIB`
 * and `Monday, 5 January 2026 08:00 WIB`. The one formatter of instants: emails, the CLI and the
 * outbox write a moment the same way.
 * @throws InvalidInputError for an invalid instant or an unknown time zone.
 */
export function formatInstant(instant: Date, timeZone: string, lang: MailLang): string {
  const local = localParts(instant, timeZone);
  const [hour, minute] = local.time.split(':');
  const day = formatLongDate(local.date, lang);
  const zone = zoneAbbreviation(timeZone, instant);
  return lang === 'id' ? `${day} ${hour}.${minute} ${zone}` : `${day} ${hour}:${minute} ${zone}`;
}

/**
 * The deadline in words: `Jumat, 13 November 2026 pukul 23.59 WIB` and
 * `Friday, 13 November 2026 at 23:59 WIB`. `dueInstant` is the last moment of `dueDate` in
 * `timeZone`; the exclusive form (midnight that starts the next day) reads as 23.59 of the due
 * day, because "pukul 00.00" on the following day is not what anyone means.
 * @throws InvalidInputError when the instant falls on another day than `dueDate` in `timeZone`.
 */
export function formatDeadline(dueDate: string, dueInstant: Date, timeZone: string, lang: MailLang): string {
  const local = localParts(dueInstant, timeZone);
  const exclusiveEnd = local.date === addCalendarDays(dueDate, 1) && local.time === '00:00:00';
  if (local.date !== dueDate && !exclusiveEnd) {
    throw new InvalidInputError(
      `The due instant ${dueInstant.toISOString()} is not on ${dueDate} in ${timeZone}`,
    );
  }
  const [hour, minute] = exclusiveEnd ? ['23', '59'] : local.time.split(':');
  const zone = zoneAbbreviation(timeZone, dueInstant);
  const day = formatLongDate(dueDate, lang);
  return lang === 'id' ? `${day} pukul ${hour}.${minute} ${zone}` : `${day} at ${hour}:${minute} ${zone}`;
}

import type { ParseArgsConfig } from 'node:util';
import { type Lang, langs } from '#functions/platform/text/bilingual.ts';
import { formatInstant, formatLongDate } from '#functions/platform/time/dates.ts';
import { defaultTimeZone } from '#functions/platform/time/zones.ts';

export interface TimeFormat {
  timeZone?: string;
  lang?: Lang;
}

/**
 * An instant as people in the city read it: `Senin, 5 Januari 2026 08.00 WIB` and
 * `Monday, 5 January 2026 08:00 WIB` (see `formatInstant`, which the emails and the outbox use too).
 *
 * @throws InvalidInputError for an invalid instant or an unknown time zone.
 * @example formatLocalTime(new Date('2026-01-05T01:00:00Z'), { lang: 'en' }) // 'Monday, 5 January 2026 08:00 WIB'
 */
export const formatLocalTime = (
  instant: Date,
  { timeZone = defaultTimeZone, lang = 'id' }: TimeFormat = {},
) => formatInstant(instant, timeZone, lang);

/** The options of a command that prints times: `--lang id|en` for people, `--json` for scripts (ISO 8601). */
export const timeOptions = {
  lang: { type: 'string', default: 'id' },
  json: { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const timeOptionsHelp = `  --lang id|en         language of dates and times (default id: Senin, 5 Januari 2026 08.00 WIB)
  --json               print JSON instead, times in ISO 8601 (UTC)`;

/** The language `--lang` asks for. */
export function langOf(values: Record<string, unknown>): Lang {
  const lang = values.lang ?? 'id';
  if (!langs.includes(lang as Lang)) throw new Error(`--lang must be one of: ${langs.join(', ')}`);
  return lang as Lang;
}

/** The city's time zone from its record; {@link defaultTimeZone} when the command names no city. */
export async function timeZoneOf(
  directory: { getCity(city: string): Promise<{ timeZone: string } | undefined> },
  city: string | undefined,
): Promise<string> {
  if (city === undefined) return defaultTimeZone;
  const record = await directory.getCity(city);
  if (!record) throw new Error(`Unknown city '${city}'; run 'siklus seed' first`);
  return record.timeZone;
}

/** A local `YYYY-MM-DD` date (a due date) as the city reads it: `Jumat, 30 Oktober 2026`, `Friday, 30 October 2026`. */
export const formatLocalDate = (value: string, lang: Lang = 'id'): string => formatLongDate(value, lang);

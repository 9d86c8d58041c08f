import { offsetName } from './zone-offset.ts';

/**
 * The zone of Kota Jambi, the demo city (WIB), and of any city whose record names none. The one
 * place Siklus names a zone of its own accord; every other time is written in its city's zone.
 */
export const defaultTimeZone = 'Asia/Jakarta';

/** Indonesia's three zones by the names people use: WIB, WITA, WIT. */
const indonesianZones: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The zone's abbreviation at an instant: `WIB`, `WITA`, `WIT` in Indonesia, else its offset,
 * e.g. `GMT+10`. The one place a zone gets its name in a text.
 * @throws InvalidInputError for a zone outside Indonesia that the runtime does not know.
 */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  return indonesianZones[timeZone] ?? offsetName(at, timeZone);
}

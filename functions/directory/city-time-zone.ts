import { defaultTimeZone } from '#functions/platform/time/zones.ts';
import type { DirectoryStore } from './stores.ts';

/**
 * The zone a city's times are written in: its record's, or {@link defaultTimeZone} for a city not
 * in the directory yet (a page still shows its times, in the demo city's zone).
 */
export async function timeZoneOfCity(
  directory: Pick<DirectoryStore, 'getCity'>,
  city: string,
): Promise<string> {
  return (await directory.getCity(city))?.timeZone ?? defaultTimeZone;
}

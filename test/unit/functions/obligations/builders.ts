import { type CycleCalendar, defaultCalendar } from '#functions/platform/time/calendar.ts';

/** A 2026 calendar of Kota Jambi (WIB, national holidays, Monday to Friday), with `overrides`. */
export function makeCalendar(overrides: Partial<CycleCalendar> = {}): CycleCalendar {
  return { ...defaultCalendar(2026, 'Asia/Jakarta'), ...overrides };
}

/** The three Indonesian zones with the UTC instant of 08:00 local on 2026-03-17. */
export const indonesianZones = [
  { timeZone: 'Asia/Jakarta', label: 'WIB', eightLocal: '2026-03-17T01:00:00.000Z' },
  { timeZone: 'Asia/Makassar', label: 'WITA', eightLocal: '2026-03-17T00:00:00.000Z' },
  { timeZone: 'Asia/Jayapura', label: 'WIT', eightLocal: '2026-03-16T23:00:00.000Z' },
] as const;

import type { Clock } from '#functions/platform/ports/clock.ts';

/** A clock that always says `iso`; for tests that need a known time. */
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

import type { Clock } from '#functions/platform/ports/clock.ts';

/** The real clock. The one place where the process reads the wall time. */
export const systemClock: Clock = {
  now: () => new Date(),
};

import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { Review } from './review-model.ts';
import type { ReviewStore } from './stores.ts';

/** The ports of the review commands; entry files wire AWS or local adapters. */
export interface ReviewDeps {
  reviews: ReviewStore;
  clock: Clock;
  /** A new unique id, for audit events (random UUID in production; predictable in tests). */
  newId: () => string;
  /** The IANA zone a city's dates are written in (the directory's `timeZoneOfCity`). */
  timeZoneOf: (city: string) => Promise<string>;
}

/** The review deps from the ports that hold them: each city's dates in the zone its directory entry names. */
export const reviewDepsOf = (ports: {
  reviews: ReviewStore;
  directory: Pick<DirectoryStore, 'getCity'>;
  clock: Clock;
  newId: () => string;
}): ReviewDeps => ({
  reviews: ports.reviews,
  clock: ports.clock,
  newId: ports.newId,
  timeZoneOf: (city) => timeZoneOfCity(ports.directory, city),
});

/** What a command did: the review as it is now, and whether this was a repeat of a decision already stored. */
export interface ReviewOutcome {
  review: Review;
  /** True when the same decision (a retry, a double click) was stored before: nothing was written. */
  replayed: boolean;
}

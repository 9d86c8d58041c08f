/*
 * The random selection of the OPDs an evaluation team visits in a cycle, as it is published: the
 * announcement, frozen before any source of randomness is known, and each draw made from the
 * sources' values by RFC 3797 (`draw/rfc3797.ts`). Everything here is public: the published
 * record is all anyone needs to recheck a draw (`verify-selection.ts`, or any RFC 3797 program).
 */

/** An OPD in the pool, at its published position (1..N, the pool in order of OPD id). */
export interface PoolEntry {
  readonly position: number;
  readonly opd: string;
  readonly name: string;
}

/** An OPD visited whatever the draw gives, and so left out of the pool, with the reason. */
export interface AlwaysVisited {
  readonly opd: string;
  readonly name: string;
  readonly reason: string;
}

/** A public source of randomness: what it is, and the day its value becomes known. */
export interface RandomSource {
  /** Where anyone reads its value, e.g. "Penutupan IHSG, dalam seperseratus poin". */
  readonly description: string;
  /** The local date its value is published: after the announcement. */
  readonly expected: string;
}

/** An evaluator of the team as the directory held them at the announcement: who may visit whom. */
export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  /** The OPD they are staff of: they never visit it. */
  readonly staffOf?: string;
  /** The OPDs they declared a conflict with: they never visit those. */
  readonly conflicts: readonly string[];
}

/** What the lead evaluator announced: after this, nothing of it changes. */
export interface Announcement {
  readonly pool: readonly PoolEntry[];
  /** How many of the pool are drawn. */
  readonly count: number;
  /** How many evaluators visit each selected OPD. */
  readonly teamSize: number;
  /** The evaluation team the visit teams are drawn from (`draw/teams.ts`), frozen with the rest. */
  readonly evaluators: readonly RosterEntry[];
  readonly alwaysVisited: readonly AlwaysVisited[];
  readonly sources: readonly RandomSource[];
  /** The local date from which the draw may be made: on or after every source's date. */
  readonly drawDate: string;
  readonly announcedAt: string;
  readonly announcedBy: string;
}

/** A selected OPD: its pool position and id, in the order drawn. */
export interface Selected {
  readonly position: number;
  readonly opd: string;
}

/** One draw from the sources' values; a redraw adds another, with its reason, and keeps this one. */
export interface Draw {
  /** 1 for the first draw, 2 for a redraw, and so on. */
  readonly number: number;
  /** Each source's values as entered, in decimal, in the order the sources were announced. */
  readonly values: readonly (readonly string[])[];
  readonly keyString: string;
  /** The RFC's MD5 digests, one per selection, upper-case hex. */
  readonly digests: readonly string[];
  readonly selected: readonly Selected[];
  /** The team of each visited OPD: the selected ones in the order drawn, then those always visited (`draw/teams.ts`). */
  readonly teams: readonly { readonly opd: string; readonly evaluators: readonly string[] }[];
  readonly drawnAt: string;
  readonly drawnBy: string;
  /** Why it was drawn again: present on every draw after the first. */
  readonly reason?: string;
}

/** A cycle's selection: its announcement and its draws, the last of them the one that counts. */
export interface Selection {
  readonly city: string;
  readonly year: number;
  /** The method, by name: any program that implements it rechecks the draws. */
  readonly method: 'RFC 3797';
  readonly announcement: Announcement;
  readonly draws: readonly Draw[];
  /** Bumped on every change, for optimistic locking. */
  readonly revision: number;
}

/** The draw that counts: the latest. */
export const currentDraw = (selection: Selection): Draw | undefined => selection.draws.at(-1);

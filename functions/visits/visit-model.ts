/*
 * The visit obligation: one evaluation visit to an OPD the draw selected (or that is always
 * visited), by its team. The team proposes a date inside the cycle's visit window, on a working
 * day; the head of the OPD confirms it or proposes another, which the team then confirms. Every
 * change raises the calendar sequence, so that the invitation everyone concerned holds is updated.
 * What the team finds on the day is kept with the OPD's self-assessment review (its findings
 * feed the final scores): see `assessment/visit-findings.ts`.
 */

/** Unscheduled: no date yet. Proposed: a date waits for the other side. Confirmed: both agree. */
export const visitStatuses = ['unscheduled', 'proposed', 'confirmed', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** Who proposed a date: the visit team, or the OPD (its head). The other side confirms it. */
export type VisitSide = 'team' | 'opd';

/** When and where a visit takes place, in the city's time zone. */
export interface VisitSlot {
  /** Local date, `YYYY-MM-DD`: a working day inside the visit window. */
  readonly date: string;
  /** Local start and end time, `HH:MM` (24-hour), the start before the end. */
  readonly start: string;
  readonly end: string;
  /** Where the team meets the OPD, e.g. "Ruang rapat Diskominfo, Jl. ...". */
  readonly place: string;
}

/** A date one side proposed, with who proposed it and when. */
export interface VisitProposal extends VisitSlot {
  readonly side: VisitSide;
  readonly by: string;
  readonly at: string;
  /** What the proposer adds, e.g. why another date suits the OPD better. */
  readonly note?: string;
}

export interface Visit {
  readonly city: string;
  readonly year: number;
  readonly opd: string;
  /** `<year>.<opd>`: unique within the city (see {@link visitIdOf}). */
  readonly visitId: string;
  /** Why the OPD is visited: drawn by the selection, or always visited (with the announced reason). */
  readonly reason:
    | { readonly kind: 'drawn'; readonly position: number }
    | { readonly kind: 'always'; readonly text: string };
  /** The draw the visit and its team come from. */
  readonly drawNumber: number;
  /** The evaluators' person ids, as the draw assigned them (`draw/teams.ts`). */
  readonly team: readonly string[];
  readonly status: VisitStatus;
  /** The date that waits for the other side (while proposed), or the one agreed (confirmed). */
  readonly slot?: VisitProposal;
  /** While confirmed: who confirmed, and when. */
  readonly confirmed?: { readonly by: string; readonly at: string };
  /**
   * The invitation's calendar SEQUENCE: 0 when the visit opens, one more on every change of its
   * date or status, so that a calendar replaces the entry it holds. Sends of an older sequence
   * find it superseded and send nothing.
   */
  readonly sequence: number;
  /** Optimistic locking: every change names the revision it read, and adds one. */
  readonly revision: number;
  readonly openedAt: string;
  readonly updatedAt: string;
}

/** The id of the visit to `opd` in the cycle `year`; deterministic, so a visit is opened once. */
export const visitIdOf = (year: number, opd: string) => `${year}.${opd}`;

/** The side that answers a proposal made by `side`. */
export const otherSide = (side: VisitSide): VisitSide => (side === 'team' ? 'opd' : 'team');

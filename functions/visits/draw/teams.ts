import { createHash } from 'node:crypto';

/*
 * The team that visits each selected OPD, derived from the draw by a rule anyone can recompute
 * from the published record: for each selected OPD in the order drawn, the `size` evaluators of
 * the announced roster with the fewest visits so far, leaving out anyone who is staff of that OPD
 * or declared a conflict with it; ties go to the lower MD5 digest (upper-case hex) of the key
 * string followed by `<opd>/<evaluator id>/`. Nobody chooses a team: the key string, which nobody
 * knew at the announcement, breaks every tie.
 */

/** An evaluator of the roster announced with the selection. */
export interface TeamEvaluator {
  readonly id: string;
  /** The OPD they are staff of: they never visit it. */
  readonly staffOf?: string;
  /** The OPDs they declared a conflict with: they never visit those. */
  readonly conflicts: readonly string[];
}

/** The team of one visit: the OPD and its evaluators' ids, in the order chosen. */
export interface VisitTeam {
  readonly opd: string;
  readonly evaluators: readonly string[];
}

/** Whether the evaluator may visit the OPD. */
export const mayVisit = (evaluator: TeamEvaluator, opd: string) =>
  evaluator.staffOf !== opd && !evaluator.conflicts.includes(opd);

/** The tie-breaker of an evaluator for a visit: the MD5 digest of the key string, the OPD and the evaluator. */
export const tieBreakOf = (key: string, opd: string, evaluator: string) =>
  createHash('md5').update(`${key}${opd}/${evaluator}/`, 'latin1').digest('hex').toUpperCase();

/**
 * The teams of the selected OPDs (in the order drawn), `size` evaluators each, or all who may
 * visit when fewer may.
 */
export function assignTeams(
  key: string,
  selected: readonly string[],
  roster: readonly TeamEvaluator[],
  size: number,
): VisitTeam[] {
  const load = new Map(roster.map((e) => [e.id, 0]));
  return selected.map((opd) => {
    const ranked = roster
      .filter((e) => mayVisit(e, opd))
      .map((e) => ({ id: e.id, load: load.get(e.id) ?? 0, tie: tieBreakOf(key, opd, e.id) }))
      .sort((a, b) => a.load - b.load || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
    const team = ranked.slice(0, size).map((e) => e.id);
    for (const id of team) load.set(id, (load.get(id) ?? 0) + 1);
    return { opd, evaluators: team };
  });
}

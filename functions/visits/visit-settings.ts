import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import type { Cycle, VisitSettings } from '#functions/obligations/model.ts';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';

/** Evaluators per visit when the cycle names no other number. */
export const defaultTeamSize = 2;

/** The first day on or after `date` that is the ISO weekday `day` (1 = Monday .. 7 = Sunday). */
const onOrAfter = (date: string, day: number) => addDays(date, (day - isoWeekday(date) + 7) % 7);

/**
 * The visits of a cycle year when it was started without settings of its own: from the Monday
 * after the self-assessment's late ones close (the fourth Friday of November by default) to the
 * third Friday of December, and at least three weeks; two evaluators a visit. The visits check
 * what the self-assessments claim, so they come after them.
 */
export function defaultVisitSettings(year: number, selfAssessmentCloses?: string): VisitSettings {
  const closesOfSelfAssessment = selfAssessmentCloses ?? addDays(onOrAfter(`${year}-11-01`, 5), 21);
  const opens = onOrAfter(addDays(closesOfSelfAssessment, 1), 1);
  const thirdFriday = addDays(onOrAfter(`${year}-12-01`, 5), 14);
  // Dates in ISO form order as strings do.
  const closes = [thirdFriday, addDays(opens, 18)].sort().at(-1) ?? thirdFriday;
  return { opens, closes, teamSize: defaultTeamSize };
}

/** The visit window and team size of a cycle: its own settings, or the defaults of its year. */
export function visitSettingsOf(cycle: Cycle): VisitSettings {
  return cycle.visits ?? defaultVisitSettings(cycle.year, cycle.phases?.[selfAssessmentPhase]?.closes);
}

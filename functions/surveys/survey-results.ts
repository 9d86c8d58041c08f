import { type CitizenSummary, citizenSummary } from './citizen-summary.ts';
import { type ImpactScores, impactScores, itemMeans } from './impact-scores.ts';
import type { ImpactPlan, StoredProgram } from './program-model.ts';
import type { SurveyStore } from './stores.ts';

/** One program's results: its counts, the mean of each impact item, its citizen survey. */
export interface ProgramResult {
  program: StoredProgram;
  items: Record<string, number>;
  citizens: CitizenSummary;
}

/** A cycle's survey results: each program's, and the impact scores rolled up to the city. */
export interface SurveyResults {
  programs: ProgramResult[];
  scores: ImpactScores;
}

/**
 * The results of a chosen plan, from the counts each program keeps: a read per program and one
 * for its citizen counts, whatever the number of responses.
 */
export async function surveyResults(
  deps: { surveys: SurveyStore },
  plan: ImpactPlan,
): Promise<SurveyResults> {
  const programs = await deps.surveys.programs(plan.programs.map((p) => p.code));
  const results = await Promise.all(
    programs.map(async (program) => ({
      program,
      items: itemMeans(program),
      citizens: citizenSummary(await deps.surveys.tallies(program.code)),
    })),
  );
  return { programs: results, scores: impactScores(programs) };
}

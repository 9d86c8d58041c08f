import { impactItems } from '#forms/surveys/impact-questionnaire.form.ts';
import type { ImpactTally, StoredProgram } from './program-model.ts';

/** The impact scores of a cycle, each on the 1-5 scale of the questionnaire's items. */
export interface ImpactScores {
  /** By program code; absent for a program without responses yet. */
  readonly programs: Readonly<Record<string, number>>;
  /** By sub-dimension (`governance.public-services`), of the programs in it that have a score. */
  readonly subDimensions: Readonly<Record<string, number>>;
  /** By dimension, of its sub-dimensions that have a score. */
  readonly dimensions: Readonly<Record<string, number>>;
  /** The impact aspect of the city index: of the dimensions that have a score; absent when none has. */
  readonly city?: number;
}

/** The mean of each item over a program's responses, by item; empty without responses. */
export function itemMeans(tally: Pick<ImpactTally, 'responses' | 'sums'>): Record<string, number> {
  if (tally.responses === 0) return {};
  return Object.fromEntries(impactItems.map((item) => [item, (tally.sums[item] ?? 0) / tally.responses]));
}

/** A program's score: the mean of its responses' item means (every response and every item weigh alike). */
export function programScore(tally: Pick<ImpactTally, 'responses' | 'sums'>): number | undefined {
  if (tally.responses === 0) return undefined;
  const total = impactItems.reduce((sum, item) => sum + (tally.sums[item] ?? 0), 0);
  return total / (tally.responses * impactItems.length);
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Groups scores under a key and averages each group. */
function averaged<T>(entries: readonly T[], keyOf: (t: T) => string, scoreOf: (t: T) => number | undefined) {
  const groups = new Map<string, number[]>();
  for (const entry of entries) {
    const score = scoreOf(entry);
    if (score === undefined) continue;
    groups.set(keyOf(entry), [...(groups.get(keyOf(entry)) ?? []), score]);
  }
  return Object.fromEntries([...groups].map(([key, scores]) => [key, mean(scores)]));
}

/**
 * The cycle's impact scores, rolled up as the sample is built: a program's from its responses, a
 * sub-dimension's as the mean of its programs', a dimension's as the mean of its sub-dimensions',
 * and the city's impact aspect as the mean of its dimensions'. Each level averages only what has
 * a score, so a program without responses neither lowers nor raises anything. Plain means, so
 * each is checked by hand: three programs of one dimension scoring 4, 3 and 2 give it 3.
 */
export function impactScores(programs: readonly StoredProgram[]): ImpactScores {
  const byProgram: Record<string, number> = {};
  for (const program of programs) {
    const score = programScore(program);
    if (score !== undefined) byProgram[program.code] = score;
  }
  const subDimensions = averaged(
    programs,
    (p) => p.subDimension,
    (p) => byProgram[p.code],
  );
  const dimensions = averaged(
    Object.keys(subDimensions),
    (sub) => sub.split('.')[0] ?? sub,
    (sub) => subDimensions[sub],
  );
  const values = Object.values(dimensions);
  return {
    programs: byProgram,
    subDimensions,
    dimensions,
    ...(values.length > 0 ? { city: mean(values) } : {}),
  };
}

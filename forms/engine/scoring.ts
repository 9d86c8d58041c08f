import type { Answers, FormDefinition, ScoringRule } from './definition.ts';
import { formFields } from './rules.ts';

/** One answer's share of a score. */
export interface ScorePart {
  readonly field: string;
  readonly value: number;
  readonly weight: number;
}

export interface ScoreResult {
  readonly score: number;
  readonly max: number;
  readonly parts: readonly ScorePart[];
}

/**
 * A named scorer: prepared once per definition and rule, then applied to valid answers.
 * Scorers are pure functions of the answers.
 */
export type Scorer = (definition: FormDefinition, rule: ScoringRule) => (answers: Answers) => ScoreResult;

/** Scorers by the `kind` a definition's `scoring` names. */
export type ScorerRegistry = ReadonlyMap<string, Scorer>;

/** Thrown when a definition names a scorer the registry does not hold. */
export class UnknownScorerError extends Error {
  constructor(kind: string, options?: ErrorOptions) {
    super(`No scorer named "${kind}"`, options);
    this.name = 'UnknownScorerError';
  }
}

const MATURITY_MAX = 5;

/**
 * `maturity-average`: the weighted average of the top-level maturity level answers, on the 1-5
 * scale of the SPBE evaluation. `weights` maps field ids to weights (1 by default, 0 leaves a field
 * out). Unanswered fields (optional or hidden) are left out rather than counted as 0; with no
 * answered field the score is 0.
 */
export const maturityAverage: Scorer = (definition, rule) => {
  const fields = formFields(definition)
    .filter((f) => f.type === 'maturityLevel')
    .map((f) => ({ id: f.id, weight: rule.weights?.[f.id] ?? 1 }))
    .filter((f) => f.weight > 0);
  return (answers) => {
    const parts: ScorePart[] = [];
    let weighted = 0;
    let weights = 0;
    for (const { id, weight } of fields) {
      const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
      if (typeof value !== 'number') continue;
      parts.push({ field: id, value, weight });
      weighted += value * weight;
      weights += weight;
    }
    return { score: weights === 0 ? 0 : weighted / weights, max: MATURITY_MAX, parts };
  };
};

/** The scorers every form can name. */
export const defaultScorers: ScorerRegistry = new Map([['maturity-average', maturityAverage]]);

/** A registry holding the default scorers and `scorers` (which win on a name clash). */
export function createScorerRegistry(scorers: Readonly<Record<string, Scorer>>): ScorerRegistry {
  return new Map([...defaultScorers, ...Object.entries(scorers)]);
}

const cache = new WeakMap<ScorerRegistry, WeakMap<FormDefinition, (answers: Answers) => ScoreResult>>();

/**
 * The prepared scorer of a definition, or undefined when the form is not scored.
 * @throws UnknownScorerError when `scorers` holds no scorer of the rule's kind.
 */
export function prepareScoring(
  definition: FormDefinition,
  scorers: ScorerRegistry = defaultScorers,
): ((answers: Answers) => ScoreResult) | undefined {
  const rule = definition.scoring;
  if (rule === undefined) return undefined;
  let prepared = cache.get(scorers);
  if (prepared === undefined) {
    prepared = new WeakMap();
    cache.set(scorers, prepared);
  }
  let score = prepared.get(definition);
  if (score === undefined) {
    const scorer = scorers.get(rule.kind);
    if (scorer === undefined) throw new UnknownScorerError(rule.kind);
    score = scorer(definition, rule);
    prepared.set(definition, score);
  }
  return score;
}

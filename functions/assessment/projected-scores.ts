import type { Answers } from '#forms/engine/definition.ts';
import type { Band, Instrument } from '#forms/instrument/model.ts';
import { responsibleIndicators, selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import { bandOf } from './scoring/bands.ts';
import { type Rollup, rollup } from './scoring/rollup.ts';

/** An OPD's scores as its self-assessment stands, and the band its index would fall in. */
export interface ProjectedScores extends Rollup {
  /** Absent when there is no index (no level claimed yet). */
  readonly band?: Band;
}

function claimedLevel(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

/**
 * The scores an OPD's self-assessment answers would give: its claimed levels rolled up exactly as
 * the cycle's `self` scores are (see `rollup`), from indicator to index and band. It reads the
 * answers of `selfAssessmentForm(instrument, opd)`, saved or submitted, and is meant for a draft
 * too: a level that is missing or not a whole number from 1 to 5 is left out (not counted as 0),
 * and so are answers to indicators the OPD does not assess. When every level is answered, each
 * dimension score equals the form's computed value of that dimension.
 * @throws SelfAssessmentFieldIdError when two indicator ids would share a field name.
 * @example
 * projectedScores(smartCityInstrument2026, 'inspektorat', { govPs01Level: 3 }).dimensions;
 * // { governance: 3 }
 */
export function projectedScores(instrument: Instrument, opd: string, answers: Answers): ProjectedScores {
  const levels = new Map<string, number>();
  for (const { id } of responsibleIndicators(instrument, opd)) {
    const field = selfAssessmentFieldId(id, 'level');
    const level = claimedLevel(Object.hasOwn(answers, field) ? answers[field] : undefined);
    if (level !== undefined) levels.set(id, level);
  }
  const scores = rollup(instrument, levels);
  const band = scores.index === undefined ? undefined : bandOf(instrument.bands, scores.index);
  return band === undefined ? scores : { ...scores, band };
}

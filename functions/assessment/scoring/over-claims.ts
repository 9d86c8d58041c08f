import type { Instrument, MaturityLevel } from '#forms/instrument/model.ts';
import { type AssessedLevel, byOpd } from './levels.ts';

/** An OPD's indicator whose self-assessed level is above the level the evaluators verified. */
export interface OverClaim {
  readonly opd: string;
  readonly indicator: string;
  readonly self: MaturityLevel;
  readonly verified: MaturityLevel;
  /** `self - verified`, 1 to 4. */
  readonly difference: number;
}

/** How far one OPD over-claimed: the number of over-claimed indicators and the sum of their differences. */
export interface OverClaimSummary {
  readonly opd: string;
  readonly count: number;
  readonly total: number;
}

export interface OverClaims {
  /** By OPD id, then in the instrument's order of indicators. */
  readonly claims: readonly OverClaim[];
  /** One entry per OPD with at least one over-claim, by OPD id. */
  readonly byOpd: readonly OverClaimSummary[];
}

/**
 * The over-claims of a cycle: every OPD's indicator with both a self-assessed and a verified
 * level, the self-assessed one higher. The verified level counts whether or not its review is
 * accepted yet: the point is to show an OPD, while the review runs, where its self-assessment
 * parts from the evidence. A level claimed lower than verified is no over-claim and does not
 * offset one. Throws `ScoringInputError` when `assessed` does not fit the instrument.
 */
export function overClaims(instrument: Instrument, assessed: readonly AssessedLevel[]): OverClaims {
  const claims: OverClaim[] = [];
  const summaries: OverClaimSummary[] = [];
  for (const [opd, levels] of byOpd(instrument, assessed)) {
    let count = 0;
    let total = 0;
    for (const indicator of instrument.indicators) {
      const { self, verified } = levels.get(indicator.id) ?? {};
      if (self === undefined || verified === undefined || self <= verified) continue;
      claims.push({ opd, indicator: indicator.id, self, verified, difference: self - verified });
      count += 1;
      total += self - verified;
    }
    if (count > 0) summaries.push({ opd, count, total });
  }
  return { claims, byOpd: summaries };
}

import type { MaturityLevelDescriptions } from '#forms/engine/field-types.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * The year's Smart City instrument: what every OPD assesses itself against and evaluators verify.
 * An instrument is versioned data. A published version never changes; the next year's version
 * may say, indicator by indicator, which indicator of the version before it continues, so that
 * scores stay comparable from year to year.
 */

/** The evaluation aspects, in the order reports list them. */
export const aspectIds = ['baseline', 'output', 'outcome', 'impact', 'quick-win'] as const;
export type AspectId = (typeof aspectIds)[number];

/** The names of the aspects, as the national program writes them. */
export const aspectLabels: Readonly<Record<AspectId, Bilingual>> = {
  baseline: { id: 'Baseline', en: 'Baseline' },
  output: { id: 'Output', en: 'Output' },
  outcome: { id: 'Outcome (implementasi masterplan)', en: 'Outcome (master plan implementation)' },
  impact: { id: 'Dampak', en: 'Impact' },
  'quick-win': { id: 'Quick win', en: 'Quick win' },
};

/** A maturity level, 1 (lowest) to 5. */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;
export const maturityLevels: readonly MaturityLevel[] = [1, 2, 3, 4, 5];

/** Who must assess an indicator: every OPD of the city, or the OPDs named (by OPD id). */
export type Responsible = { readonly all: true } | { readonly opds: readonly string[] };

export interface Indicator {
  /** kebab-case, unique within the instrument version, e.g. `gov-ps-01`. */
  readonly id: string;
  /** A dimension id of `smartCityDimensions`, e.g. `governance`. */
  readonly dimension: string;
  /** A sub-dimension id of that dimension, e.g. `public-services`. */
  readonly subDimension: string;
  readonly aspect: AspectId;
  /** The indicator's name, e.g. "Ketersediaan SOP layanan daring". */
  readonly title: Bilingual;
  /** The question the OPD answers, shown above the levels. */
  readonly question: Bilingual;
  /** Levels 1 to 5: what each means and the evidence asked at it; `levels[0]` is level 1. */
  readonly levels: MaturityLevelDescriptions;
  readonly responsible: Responsible;
  /** Its weight within its sub-dimension and aspect; 1 unless said otherwise. Positive. */
  readonly weight: number;
  /** The id of the indicator of the previous version that this one continues, if any. */
  readonly previous?: string;
}

/**
 * A band of the index, as the SPBE evaluation names them: an index at or above `from` (and under
 * the next band's `from`) falls in it.
 */
export interface Band {
  /** kebab-case, e.g. `memuaskan`. */
  readonly id: string;
  readonly label: Bilingual;
  /** The lowest index in this band, 0 to 5. */
  readonly from: number;
}

export interface Instrument {
  /** kebab-case, the instrument's family, e.g. `smart-city`. */
  readonly id: string;
  /** 1, 2, ...: a published version never changes; a change is the next version. */
  readonly version: number;
  /** The cycle year this version is written for. */
  readonly year: number;
  readonly title: Bilingual;
  /** The weight of each aspect this year, in percent; they add up to 100. */
  readonly aspectWeights: Readonly<Record<AspectId, number>>;
  /** The bands, highest first; the last starts at 0. */
  readonly bands: readonly Band[];
  /** The version of the same family that `previous` ids of the indicators point into, if any. */
  readonly previousVersion?: number;
  readonly indicators: readonly Indicator[];
}

/** The bands of the SPBE evaluation (PermenPANRB 59/2020), the default of a new instrument. */
export const spbeBands: readonly Band[] = [
  { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' }, from: 4.2 },
  { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, from: 3.5 },
  { id: 'baik', label: { id: 'Baik', en: 'Good' }, from: 2.6 },
  { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, from: 1.8 },
  { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, from: 0 },
];

/** Whether an OPD must assess an indicator. */
export function isResponsible(indicator: Indicator, opd: string): boolean {
  return 'all' in indicator.responsible || indicator.responsible.opds.includes(opd);
}

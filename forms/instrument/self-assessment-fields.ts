import { type Indicator, type Instrument, isResponsible } from './model.ts';

/**
 * The field ids of the self-assessment form and the way back from a field to its indicator.
 * Each indicator an OPD is responsible for gets four fields, named after the indicator id in
 * camelCase with a suffix per part: `gov-ps-01` gives `govPs01Level`, `govPs01Justification`,
 * `govPs01EvidenceFile` and `govPs01EvidenceLink`. No suffix ends with another, so two different
 * indicator names never give the same field id.
 */

/** The parts of one indicator's answer, in the order the form asks them. */
export const selfAssessmentParts = ['level', 'justification', 'evidenceFile', 'evidenceLink'] as const;
export type SelfAssessmentPart = (typeof selfAssessmentParts)[number];

const suffixes: Readonly<Record<SelfAssessmentPart, string>> = {
  level: 'Level',
  justification: 'Justification',
  evidenceFile: 'EvidenceFile',
  evidenceLink: 'EvidenceLink',
};

/** Where a field of the self-assessment comes from. */
export interface SelfAssessmentFieldRef {
  /** The indicator id, e.g. `gov-ps-01`. */
  readonly indicator: string;
  readonly part: SelfAssessmentPart;
}

/** Thrown when two indicator ids of an instrument give the same field name (`a-b1` and `a-b-1`). */
export class SelfAssessmentFieldIdError extends Error {
  constructor(first: string, second: string, options?: ErrorOptions) {
    super(`Indicators "${first}" and "${second}" would share the field name of the self-assessment`, options);
    this.name = 'SelfAssessmentFieldIdError';
  }
}

/** An indicator id in camelCase: `gov-ps-01` gives `govPs01`. */
export function indicatorFieldName(indicatorId: string): string {
  return indicatorId.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The id of one part's field: `selfAssessmentFieldId('gov-ps-01', 'level')` is `govPs01Level`. */
export function selfAssessmentFieldId(indicatorId: string, part: SelfAssessmentPart): string {
  return `${indicatorFieldName(indicatorId)}${suffixes[part]}`;
}

/**
 * The indicators an OPD assesses, in the instrument's order.
 * @throws SelfAssessmentFieldIdError when two of them would share a field name.
 */
export function responsibleIndicators(instrument: Instrument, opd: string): Indicator[] {
  const indicators = instrument.indicators.filter((i) => isResponsible(i, opd));
  const seen = new Map<string, string>();
  for (const { id } of indicators) {
    const name = indicatorFieldName(id);
    const other = seen.get(name);
    if (other !== undefined) throw new SelfAssessmentFieldIdError(other, id);
    seen.set(name, id);
  }
  return indicators;
}

/**
 * Every field of an OPD's self-assessment, by field id, with the indicator and part it answers:
 * how the review reads a submission back into indicators. Empty for an OPD that assesses nothing.
 * @throws SelfAssessmentFieldIdError when two indicators would share a field name.
 */
export function selfAssessmentFieldMap(
  instrument: Instrument,
  opd: string,
): ReadonlyMap<string, SelfAssessmentFieldRef> {
  const map = new Map<string, SelfAssessmentFieldRef>();
  for (const { id } of responsibleIndicators(instrument, opd))
    for (const part of selfAssessmentParts) map.set(selfAssessmentFieldId(id, part), { indicator: id, part });
  return map;
}

import type { Instrument } from '#forms/instrument/model.ts';
import { responsibleIndicators, selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';

/**
 * Complete, valid self-assessment answers of an OPD: every indicator at the level `levels` gives
 * it (1 when absent), each with a justification, and an evidence link where the level is above 1.
 */
export function makeSelfAssessmentAnswers(
  instrument: Instrument,
  opd: string,
  levels: Readonly<Record<string, number>> = {},
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { id } of responsibleIndicators(instrument, opd)) {
    const level = levels[id] ?? 1;
    answers[selfAssessmentFieldId(id, 'level')] = level;
    answers[selfAssessmentFieldId(id, 'justification')] = `Capaian indikator ${id} sesuai bukti terlampir.`;
    if (level > 1) answers[selfAssessmentFieldId(id, 'evidenceLink')] = `https://jambikota.go.id/bukti/${id}`;
  }
  return answers;
}

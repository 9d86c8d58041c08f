import type { Answers } from '#forms/engine/definition.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { responsibleIndicators, selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';

/**
 * A complete self-assessment of `opd`: every indicator it is responsible for at `levelOf` its id
 * (default 3), with a justification, and a link as evidence from level 2 up.
 */
export function selfAssessmentAnswers(
  instrument: Instrument,
  opd: string,
  levelOf: (indicator: string) => number = () => 3,
): Answers {
  const answers: Record<string, unknown> = {};
  for (const { id } of responsibleIndicators(instrument, opd)) {
    const level = levelOf(id);
    answers[selfAssessmentFieldId(id, 'level')] = level;
    answers[selfAssessmentFieldId(id, 'justification')] =
      `Tingkat ${level} tercapai: lihat dokumen yang ditautkan untuk indikator ${id}.`;
    if (level > 1)
      answers[selfAssessmentFieldId(id, 'evidenceLink')] = `https://jambikota.go.id/bukti/${id}.pdf`;
  }
  return answers;
}

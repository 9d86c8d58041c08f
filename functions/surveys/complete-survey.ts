import { impactQuestionnaireForm } from '#forms/surveys/impact-questionnaire.form.ts';
import { linkSubmission, type SubmissionLinkDeps } from '#functions/obligations/record-submission.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { StoredProgram } from './program-model.ts';
import type { SurveyStore } from './stores.ts';

/**
 * Answers the OPD's impact survey obligation once every program it owns has the responses it
 * needs: read again after each response that may have completed its program, so that concurrent
 * responses cannot both miss it. Answering is once: an obligation already answered stays so.
 */
export async function completeIfCollected(
  deps: { surveys: SurveyStore; clock: Clock; obligationDeps: SubmissionLinkDeps },
  program: Pick<StoredProgram, 'code' | 'city' | 'year' | 'opd'>,
): Promise<boolean> {
  const now = await deps.surveys.program(program.code);
  if (!now || now.responses < now.required) return false;
  const plan = await deps.surveys.plan(program.city, program.year);
  const owned = plan?.programs.filter((p) => p.opd === program.opd) ?? [];
  const counts = await deps.surveys.programs(owned.map((p) => p.code));
  if (counts.length !== owned.length || counts.some((p) => p.responses < p.required)) return false;
  const answered = await linkSubmission(
    deps.obligationDeps,
    {
      city: program.city,
      opd: program.opd,
      formId: impactQuestionnaireForm.id,
      submissionId: `impact-survey-${program.year}-${program.opd}`,
      submittedAt: deps.clock.now().toISOString(),
      submittedBy: 'system:impact-survey',
    },
    'submitted',
  );
  return answered !== undefined;
}

import type { FieldNote } from '#forms/render/render-context.ts';
import { RISK_REGISTER_FORM_ID } from '#forms/risks/risk-register-form.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { AnswersReview } from '#functions/submissions/deps.ts';
import { registerIdOf } from './registers.ts';

const revisionTitle = {
  id: 'Permintaan perbaikan dari tim evaluasi',
  en: "The evaluation team's revision request",
};

/**
 * What the OPD sees of the review of its risk register in the city's current cycle: while a
 * revision is asked, the evaluator's note above its risks and the way to revise and send it
 * again. Nothing before a decision, once accepted, or for another form.
 */
export function createRegisterReview(
  obligations: Pick<ObligationDeps['obligations'], 'get'>,
  directory: Pick<DirectoryStore, 'getCity'>,
) {
  return async ({ city, opd, formId }: { city: string; opd: string; formId: string }) => {
    if (formId !== RISK_REGISTER_FORM_ID) return undefined;
    const year = (await directory.getCity(city))?.currentYear;
    const obligation =
      year === undefined ? undefined : await obligations.get(registerIdOf({ city, year }, opd));
    if (obligation?.status !== 'revision_requested' || !obligation.submissionId) return undefined;
    const notes = new Map<string, FieldNote[]>(
      obligation.revisionNote ? [['risks', [{ title: revisionTitle, text: obligation.revisionNote }]]] : [],
    );
    const review: AnswersReview = { submissionId: obligation.submissionId, revisionRequested: true, notes };
    return review;
  };
}

import type { Identity } from '#functions/platform/identity/identity.ts';
import type { SubmissionDeps } from './deps.ts';
import { draftLabel } from './draft-label.ts';

/**
 * The forms the caller can fill, each with the caller's OPD drafts and submissions. Evaluators
 * and admins, who fill none, get the list of forms alone.
 */
export async function listMyForms(deps: SubmissionDeps, identity: Identity) {
  const mine = identity.opd
    ? await deps.store.listForOpd({ city: identity.city, opd: identity.opd })
    : undefined;
  return {
    city: identity.city,
    opd: identity.opd ?? null,
    forms: await Promise.all(
      deps.forms.ids().map(async (formId) => {
        const latest = deps.forms.latest(formId);
        const due = identity.opd ? await deps.dueFor?.(identity.city, identity.opd, formId) : undefined;
        return {
          formId,
          version: latest?.version,
          title: latest?.title,
          due: due ?? null,
          drafts: (mine?.drafts ?? [])
            .filter((d) => d.formId === formId && d.status === 'draft')
            .map(({ draftId, formVersion, revision, updatedAt, answers }) => {
              const definition = deps.forms.get(formId, formVersion);
              const label = definition && draftLabel(definition, answers);
              return { draftId, formVersion, revision, updatedAt, ...(label ? { label } : {}) };
            }),
          submissions: (mine?.submissions ?? [])
            .filter((s) => s.formId === formId)
            .map(({ submissionId, formVersion, submittedAt }) => ({
              submissionId,
              formVersion,
              submittedAt,
            })),
        };
      }),
    ),
  };
}

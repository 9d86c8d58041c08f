import type { Identity } from '#functions/platform/identity/identity.ts';
import type { SubmissionDeps } from './deps.ts';
import { draftLabel } from './draft-label.ts';
import { formIdsOf, isTailored, lookUpForm } from './form-lookup.ts';
import type { Draft, Submission } from './model.ts';

/**
 * The forms the caller can fill, each with the caller's OPD drafts and submissions. Evaluators
 * and admins, who fill none, get the list of published forms alone; a form tailored to each OPD
 * is listed only to an OPD it asks something of.
 */
export async function listMyForms(deps: SubmissionDeps, identity: Identity) {
  const mine = identity.opd
    ? await deps.store.listForOpd({ city: identity.city, opd: identity.opd })
    : { drafts: [], submissions: [] };
  const forms = await Promise.all(formIdsOf(deps).map((formId) => entryOf(deps, identity, formId, mine)));
  return { city: identity.city, opd: identity.opd ?? null, forms: forms.flat() };
}

/** One form of the list, or none when it is tailored and asks the caller nothing. */
async function entryOf(
  deps: SubmissionDeps,
  identity: Identity,
  formId: string,
  mine: { drafts: Draft[]; submissions: Submission[] },
) {
  const latest = await lookUpForm(deps, identity, formId);
  if (!latest && isTailored(deps, formId)) return [];
  const due = identity.opd ? await deps.dueFor?.(identity.city, identity.opd, formId) : undefined;
  const drafts = mine.drafts.filter((d) => d.formId === formId && d.status === 'draft');
  return [
    {
      formId,
      version: latest?.version,
      title: latest?.title,
      due: due ?? null,
      drafts: await Promise.all(
        drafts.map(async ({ draftId, formVersion, revision, updatedAt, answers }) => {
          const definition = await lookUpForm(deps, identity, formId, formVersion);
          const label = definition && draftLabel(definition, answers);
          return { draftId, formVersion, revision, updatedAt, ...(label ? { label } : {}) };
        }),
      ),
      submissions: mine.submissions
        .filter((s) => s.formId === formId)
        .map(({ submissionId, formVersion, submittedAt }) => ({ submissionId, formVersion, submittedAt })),
    },
  ];
}

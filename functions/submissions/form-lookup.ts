import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormRegistry } from '#forms/engine/registry.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';

import { things } from './access.ts';
import type { FormAudience, TailoredForms } from './tailored-forms.ts';

/** Where forms are found: the published catalog, and the forms tailored to each OPD. */
export interface FormSources {
  forms: FormRegistry;
  tailored?: TailoredForms | undefined;
}

/** The ids of every form, published or tailored, sorted. */
export const formIdsOf = ({ forms, tailored }: FormSources): string[] =>
  [...forms.ids(), ...(tailored?.formIds ?? [])].sort();

/** True when `formId` is tailored to each OPD (and so has no definition outside an OPD). */
export const isTailored = ({ tailored }: FormSources, formId: string): boolean =>
  tailored?.formIds.includes(formId) ?? false;

/**
 * The form `formId` as `audience` fills it, at `version` or its latest (for a tailored form, the
 * version its city fills now), or undefined. A tailored form has no definition for a caller
 * without an OPD.
 */
export async function lookUpForm(
  sources: FormSources,
  audience: FormAudience,
  formId: string,
  version?: number,
): Promise<FormDefinition | undefined> {
  if (isTailored(sources, formId)) {
    const { city, opd } = audience;
    return opd === undefined ? undefined : sources.tailored?.definition({ city, opd }, formId, version);
  }
  const { forms } = sources;
  return version === undefined ? forms.latest(formId) : forms.get(formId, version);
}

/**
 * The form `formId` as `audience` fills it, at `version` or its latest; 404 when either is
 * unknown, or a tailored form asks the audience nothing.
 */
export async function findForm(
  sources: FormSources,
  audience: FormAudience,
  formId: string,
  version?: number,
): Promise<FormDefinition> {
  const definition = await lookUpForm(sources, audience, formId, version);
  if (!definition) {
    if (version !== undefined && (await lookUpForm(sources, audience, formId))) {
      throw new DomainError('not_found', 'unknown_form_version', {
        id: `Formulir ${formId} versi ${version} tidak ada.`,
        en: `Form ${formId} has no version ${version}.`,
      });
    }
    throw refusals.notFound(things.form);
  }
  return definition;
}

import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormRegistry } from '#forms/engine/registry.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';

import { things } from './access.ts';

/** The published form `formId`, at `version` or its latest; 404 when either is unknown. */
export function findForm(forms: FormRegistry, formId: string, version?: number): FormDefinition {
  const definition = version === undefined ? forms.latest(formId) : forms.get(formId, version);
  if (!definition) {
    if (version !== undefined && forms.latest(formId)) {
      throw new DomainError('not_found', 'unknown_form_version', {
        id: `Formulir ${formId} versi ${version} tidak ada.`,
        en: `Form ${formId} has no version ${version}.`,
      });
    }
    throw refusals.notFound(things.form);
  }
  return definition;
}

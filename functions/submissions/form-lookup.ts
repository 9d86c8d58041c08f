import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormRegistry } from '#forms/engine/registry.ts';
import { HttpError, httpErrors } from '#functions/platform/http/errors.ts';
import { things } from './access.ts';

/** The published form `formId`, at `version` or its latest; 404 when either is unknown. */
export function findForm(forms: FormRegistry, formId: string, version?: number): FormDefinition {
  const definition = version === undefined ? forms.latest(formId) : forms.get(formId, version);
  if (!definition) {
    if (version !== undefined && forms.latest(formId)) {
      throw new HttpError(404, 'unknown_form_version', {
        id: `Formulir ${formId} versi ${version} tidak ada.`,
        en: `Form ${formId} has no version ${version}.`,
      });
    }
    throw httpErrors.notFound(things.form);
  }
  return definition;
}

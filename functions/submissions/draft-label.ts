import type { FormDefinition } from '#forms/engine/definition.ts';
import { formFields } from '#forms/engine/rules.ts';

/**
 * What a draft is called where an OPD sees several: the answer to the form's first short-text
 * field (for the innovation report, the innovation's name), or nothing while it is unanswered.
 */
export function draftLabel(definition: FormDefinition, answers: unknown): string | undefined {
  const first = formFields(definition).find((field) => field.type === 'shortText');
  const value =
    first && typeof answers === 'object' && answers !== null
      ? (answers as Record<string, unknown>)[first.id]
      : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 120) : undefined;
}

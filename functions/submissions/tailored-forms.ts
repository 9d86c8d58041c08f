import type { FormDefinition } from '#forms/engine/definition.ts';

/** For whom a form is looked up: the city, and the OPD that fills it (none for evaluators and admins). */
export interface FormAudience {
  city: string;
  opd?: string | undefined;
}

/**
 * Forms whose definition depends on the OPD that fills it: the self-assessment asks each OPD of
 * its own indicators. A part that brings such a form hands it to the submissions through the app.
 * Each definition is a pure function of the city, the OPD and the version, so a submission pinned
 * to a version is read again with the questions it was filled against.
 */
export interface TailoredForms {
  /** The ids of the forms it tailors; no published form of the catalog has one of them. */
  readonly formIds: readonly string[];
  /**
   * The form `formId` for `opd` of `city`, at `version` or the version the city fills now;
   * undefined when there is none, or the OPD has nothing to answer in it.
   */
  definition(
    audience: { city: string; opd: string },
    formId: string,
    version?: number,
  ): Promise<FormDefinition | undefined>;
}

/** Several parts' tailored forms as one: each form id is answered by the part that tailors it. */
export function combineTailoredForms(parts: readonly TailoredForms[]): TailoredForms {
  const owner = new Map<string, TailoredForms>();
  for (const part of parts) {
    for (const formId of part.formIds) {
      if (owner.has(formId)) throw new Error(`Form ${formId} is tailored twice`);
      owner.set(formId, part);
    }
  }
  return {
    formIds: [...owner.keys()],
    definition: async (audience, formId, version) => owner.get(formId)?.definition(audience, formId, version),
  };
}

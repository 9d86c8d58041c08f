import { deepFreeze } from '#forms/engine/deep-freeze.ts';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { SELF_ASSESSMENT_FORM_ID, selfAssessmentForm } from '#forms/instrument/self-assessment-form.ts';
import { BoundedMap } from '#functions/platform/memory/bounded-map.ts';
import type { TailoredForms } from '#functions/submissions/tailored-forms.ts';
import { type InstrumentReader, instrumentOfYear, instrumentVersion } from './cycle-instrument.ts';

/** Definitions kept per process, by city, version and OPD: a few cities' OPDs at most. */
const keptLimit = 512;

/**
 * The self-assessment as each OPD fills it: `selfAssessmentForm` of the city's instrument version
 * (the latest one when no version is named) for that OPD. A definition is built once per process
 * and frozen: it is a pure function of a version that never changes.
 */
export function createSelfAssessmentForms(instruments: InstrumentReader): TailoredForms {
  const kept = new BoundedMap<FormDefinition | undefined>(keptLimit);
  return {
    formIds: [SELF_ASSESSMENT_FORM_ID],
    async definition({ city, opd }, formId, version) {
      if (formId !== SELF_ASSESSMENT_FORM_ID) return undefined;
      const instrument =
        version === undefined
          ? await instrumentOfYear(instruments, city)
          : await instrumentVersion(instruments, city, version);
      if (!instrument) return undefined;
      const key = `${city}#${instrument.version}#${opd}`;
      if (kept.has(key)) return kept.get(key);
      const definition = selfAssessmentForm(instrument, opd);
      kept.set(key, definition && deepFreeze(definition));
      return kept.get(key);
    },
  };
}

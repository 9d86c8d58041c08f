import { deepFreeze } from '#forms/engine/deep-freeze.ts';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { RISK_REGISTER_FORM_ID, riskRegisterForm } from '#forms/risks/risk-register-form.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import { BoundedMap } from '#functions/platform/memory/bounded-map.ts';
import type { TailoredForms } from '#functions/submissions/tailored-forms.ts';
import type { RiskPlan } from './plan-model.ts';
import type { RiskStore } from './stores.ts';

/** Definitions kept per process, by city, year and OPD: a few cities' OPDs at most. */
const keptLimit = 512;

/** The register of `opd` against `plan`: its quick-win programs as the choices; none for an OPD without one. */
export function registerFormOf(plan: RiskPlan, opd: string): FormDefinition | undefined {
  const programs = plan.programs.filter((program) => program.opd === opd);
  if (programs.length === 0) return undefined;
  return riskRegisterForm({ year: plan.year, scale: plan.scale, programs });
}

/**
 * The risk register as each OPD fills it: `riskRegisterForm` of the plan of the year its version
 * names (the city's current cycle when none is named), with the OPD's quick wins. A definition is
 * built once per process and frozen: the plan of a year never changes.
 */
export function createRiskForms(
  risks: Pick<RiskStore, 'plan'>,
  directory: Pick<DirectoryStore, 'getCity'>,
): TailoredForms {
  const kept = new BoundedMap<FormDefinition | undefined>(keptLimit);
  return {
    formIds: [RISK_REGISTER_FORM_ID],
    async definition({ city, opd }, formId, version) {
      if (formId !== RISK_REGISTER_FORM_ID) return undefined;
      const year = version ?? (await directory.getCity(city))?.currentYear;
      if (year === undefined) return undefined;
      const key = `${city}#${year}#${opd}`;
      if (kept.has(key)) return kept.get(key);
      const plan = await risks.plan(city, year);
      if (!plan) return undefined;
      // A concurrent lookup may have built it while this one read the plan.
      if (kept.has(key)) return kept.get(key);
      const definition = registerFormOf(plan, opd);
      kept.set(key, definition && deepFreeze(definition));
      return kept.get(key);
    },
  };
}

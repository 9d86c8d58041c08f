import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { surveyAudit } from './audit-events.ts';
import { type ChooseDeps, type ChosenPlan, choosePrograms, planOf } from './choose-programs.ts';
import type { ImpactPlan } from './program-model.ts';
import { publicSummaryBody } from './survey-inputs.ts';
import { surveyRefusals } from './survey-refusals.ts';

/*
 * The surveys' use cases for a signed-in caller (the API and the pages): evaluators and admins of
 * the city read the plan and its results; the lead evaluator or an admin chooses the programs
 * and opens the public summary. OPD staff see their own programs on their page.
 */

export type SurveyScopeDeps = ChooseDeps & { people: Pick<PeopleStore, 'get'> };

/** Evaluators and admins read the cycle's survey. */
export function assertReader(identity: Identity) {
  if (!hasRole(identity, 'evaluator', 'admin')) throw refusals.forbidden();
}

/** True for those who run the survey: an admin, or the lead evaluator as the directory says. */
export async function runsSurvey(deps: Pick<SurveyScopeDeps, 'people'>, identity: Identity) {
  return hasRole(identity, 'admin') || (await isLeadEvaluator(deps.people, identity));
}

async function assertRunner(deps: Pick<SurveyScopeDeps, 'people'>, identity: Identity) {
  if (!(await runsSurvey(deps, identity))) throw refusals.forbidden();
}

/** Chooses the programs of the caller's city for the cycle `year` (an admin or the lead evaluator). */
export async function chooseAsRunner(
  deps: SurveyScopeDeps,
  identity: Identity,
  year: number,
  body: unknown,
): Promise<ChosenPlan> {
  await assertRunner(deps, identity);
  return choosePrograms(deps, identity.subject, identity.city, year, body);
}

/** Opens or closes the public summary of the citizen survey of the caller's city (an admin or the lead). */
export async function setPublicSummary(
  deps: SurveyScopeDeps,
  identity: Identity,
  year: number,
  body: unknown,
): Promise<ImpactPlan> {
  await assertRunner(deps, identity);
  const { open } = parseInput(publicSummaryBody, body);
  const plan = await planOf(deps, identity.city, year);
  if (plan.publicSummary === open) return plan;
  const at = deps.clock.now().toISOString();
  const next: ImpactPlan = { ...plan, publicSummary: open, revision: plan.revision + 1 };
  const audit = surveyAudit.event(open ? 'impact.summary_opened' : 'impact.summary_closed', {
    eventId: deps.newId(),
    at,
    actor: identity.subject,
    city: identity.city,
    opd: '-',
    entityId: String(year),
    before: { publicSummary: plan.publicSummary },
    after: { publicSummary: open },
  });
  try {
    await deps.surveys.update(next, audit, plan);
  } catch (error) {
    if (error instanceof StaleRevisionError) throw surveyRefusals.stale();
    throw error;
  }
  return next;
}

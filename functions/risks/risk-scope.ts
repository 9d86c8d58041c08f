import { actsForOpd } from '#functions/assessment/review-caller.ts';
import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { type ChooseQuickWinsDeps, type ChosenRiskPlan, chooseQuickWins } from './choose-quick-wins.ts';

/*
 * The risk register's use cases for a signed-in caller: evaluators and admins of the city read the
 * plan and the registers; the lead evaluator or an admin chooses the quick wins; evaluators review
 * the registers (`review-register.ts`). A caller who acts for an OPD does none of it.
 */

/** Evaluators and admins read the cycle's registers. */
export function assertRiskReader(identity: Identity) {
  if (!hasRole(identity, 'evaluator', 'admin') || actsForOpd(identity)) throw refusals.forbidden();
}

/** True for those who choose the quick wins: an admin, or the lead evaluator as the directory says. */
export async function choosesQuickWins(deps: { people: Pick<PeopleStore, 'get'> }, identity: Identity) {
  if (actsForOpd(identity)) return false;
  return hasRole(identity, 'admin') || (await isLeadEvaluator(deps.people, identity));
}

/** Chooses the quick wins of the caller's city for the cycle `year` (an admin or the lead evaluator). */
export async function chooseQuickWinsAs(
  deps: ChooseQuickWinsDeps & { people: Pick<PeopleStore, 'get'> },
  identity: Identity,
  year: number,
  body: unknown,
): Promise<ChosenRiskPlan> {
  if (!(await choosesQuickWins(deps, identity))) throw refusals.forbidden();
  return chooseQuickWins(deps, identity.subject, identity.city, year, body);
}

import { evaluatorOf, ineligibility } from '#functions/assessment/evaluator-eligibility.ts';
import { actsForOpd } from '#functions/assessment/review-caller.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import { dueDateProblems } from '#functions/obligations/change-inputs.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import { obligationAccepted, obligationRevisionRequested } from '#functions/obligations/review-loop.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { registerIdOf } from './registers.ts';
import { reviewRegisterBody } from './risk-inputs.ts';
import { riskRefusals } from './risk-refusals.ts';
import type { RiskStore } from './stores.ts';

/** What reviewing a register reads and writes. */
export interface ReviewRegisterDeps {
  risks: Pick<RiskStore, 'plan'>;
  people: Pick<PeopleStore, 'get'>;
  obligationDeps: ObligationDeps;
}

/** The statuses a register is decided from: submitted, and awaiting the evaluator's decision. */
const decidedFrom = ['submitted'] as const;

/**
 * True when the signed-in caller may decide on the register of `opd`: an evaluator acting for no
 * OPD, in the directory, active, not staff of the OPD and in no declared conflict with it (the
 * rule verifier assignment follows).
 */
export async function mayReview(
  deps: Pick<ReviewRegisterDeps, 'people'>,
  identity: Identity,
  opd: string,
): Promise<boolean> {
  if (!hasRole(identity, 'evaluator') || actsForOpd(identity)) return false;
  const person = await deps.people.get(identity.city, identity.subject);
  return ineligibility(person && evaluatorOf(person), opd) === undefined;
}

/**
 * An evaluator's decision on the register of `opd` in the cycle `year` of the caller's city: accept
 * it (the obligation is accepted, and sends nothing more), or ask for a revision by a working date
 * after today with a note saying what to change (the obligation is owed again by then, with its
 * reminders, and its operators are told at once by email). Only a submitted register is decided
 * on, as read in the write itself, so two evaluators deciding at once cannot overwrite each
 * other; the same decision again changes nothing, and makes what a faulted first one did not get
 * to. Only an evaluator who {@link mayReview} may.
 * @throws DomainError `invalid` (bad input, a due date not after today or not a working day),
 *   `forbidden`, `not_found`, `conflict` (not submitted, or decided meanwhile).
 */
export async function reviewRegister(
  deps: ReviewRegisterDeps,
  identity: Identity,
  year: number,
  opd: string,
  body: unknown,
): Promise<Obligation> {
  const input = parseInput(reviewRegisterBody, body);
  if (!hasRole(identity, 'evaluator') || actsForOpd(identity)) throw refusals.forbidden();
  const plan = await deps.risks.plan(identity.city, year);
  if (!plan) throw riskRefusals.planNotFound();
  if (!plan.programs.some((program) => program.opd === opd)) throw riskRefusals.registerNotFound();
  if (!(await mayReview(deps, identity, opd))) throw riskRefusals.ownOpd();
  const { obligationDeps } = deps;
  const obligationId = registerIdOf(plan, opd);
  const obligation = await obligationDeps.obligations.get(obligationId);
  if (!obligation) throw riskRefusals.registerNotFound();
  if (input.decision === 'accept') {
    if (obligation.status !== 'accepted' && obligation.status !== 'submitted')
      throw riskRefusals.notSubmitted();
    return obligationAccepted(obligationDeps, identity.subject, obligationId, { from: decidedFrom });
  }
  const again = obligation.status === 'revision_requested' && obligation.due === input.due;
  if (!again) {
    if (obligation.status !== 'submitted') throw riskRefusals.notSubmitted();
    const cycle = await obligationDeps.cycles.getCycle(identity.city, year);
    if (!cycle) throw riskRefusals.noCycle(year);
    const today = localDateOf(obligationDeps.clock.now(), cycle.calendar.timeZone);
    if (input.due <= today) throw riskRefusals.dueNotAfterToday(today);
    const problems = dueDateProblems({ year: cycle.year, calendar: cycle.calendar, today }, input.due);
    if (problems.length > 0) throw riskRefusals.invalidDue(problems);
  }
  return obligationRevisionRequested(obligationDeps, identity.subject, obligationId, input.due, {
    note: input.note,
    from: decidedFrom,
  });
}

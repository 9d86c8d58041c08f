import { actsForOpd } from '#functions/assessment/review-caller.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { mayVisit } from './draw/teams.ts';
import type { VisitStore } from './stores.ts';
import type { Visit, VisitSide } from './visit-model.ts';
import { visitRefusals } from './visit-refusals.ts';
import type { VisitScheduleDeps } from './visit-sends.ts';

/*
 * Who may read a visit and on which side of it a caller acts: the rules every visit command,
 * page and route goes through. Identity is only what was verified; the lead's staff and conflicts
 * come from the directory.
 */

/** What the visits' commands and reads need. */
export interface VisitDeps extends VisitScheduleDeps {
  visits: VisitStore;
  cycles: Pick<ObligationDeps['cycles'], 'getCycle'>;
  people: Pick<PeopleStore, 'get'>;
  newId: () => string;
}

/**
 * The side of the visit the verified caller is on: the OPD for its head, the team for the
 * evaluators on it and for the lead evaluator (who organises the visits), unless the lead is staff
 * of the OPD or declared a conflict with it, as the team's own rule says; none for anyone else.
 */
export async function sideOf(
  deps: Pick<VisitDeps, 'people'>,
  identity: Identity,
  visit: Visit,
): Promise<VisitSide | undefined> {
  if (hasRole(identity, 'opd-head') && identity.opd === visit.opd) return 'opd';
  if (actsForOpd(identity) || !hasRole(identity, 'evaluator')) return undefined;
  if (visit.team.includes(identity.subject)) return 'team';
  const person = await deps.people.get(identity.city, identity.subject);
  if (
    person &&
    leadOf(person) &&
    mayVisit(
      {
        id: person.personId,
        ...(person.staffOf === undefined ? {} : { staffOf: person.staffOf }),
        conflicts: person.conflicts ?? [],
      },
      visit.opd,
    )
  )
    return 'team';
  return undefined;
}

/**
 * Whether the caller may read the visit: its team and the lead evaluator, the city's admins, and
 * the head and operators of the OPD visited.
 */
export async function mayRead(deps: Pick<VisitDeps, 'people'>, identity: Identity, visit: Visit) {
  if (actsForOpd(identity)) return identity.opd === visit.opd;
  if (hasRole(identity, 'admin')) return true;
  return (await sideOf(deps, identity, visit)) === 'team';
}

/**
 * The visit to `opd` in the caller's city and cycle `year`, for whoever may read it.
 * @throws DomainError `not_found` (also for an OPD caller asking of another OPD), `forbidden`.
 */
export async function readVisit(deps: VisitDeps, identity: Identity, year: number, opd: string) {
  const visit = await deps.visits.get(identity.city, year, opd);
  if (!visit || (actsForOpd(identity) && identity.opd !== opd)) throw visitRefusals.notFound();
  if (!(await mayRead(deps, identity, visit))) throw refusals.forbidden();
  return visit;
}

/**
 * The visits of the caller's city and cycle `year` the caller may read, in order of OPD id: all
 * of them for the lead evaluator and the admins, an evaluator's own, an OPD's own.
 */
export async function visitsOf(deps: VisitDeps, identity: Identity, year: number): Promise<Visit[]> {
  const visits = await deps.visits.ofCycle(identity.city, year);
  const readable: Visit[] = [];
  for (const visit of visits) if (await mayRead(deps, identity, visit)) readable.push(visit);
  return readable;
}

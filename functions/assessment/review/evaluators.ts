import type { ReviewCaller } from '#functions/assessment/review-caller.ts';
import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore, Person } from '#functions/directory/stores.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { Evaluator } from './eligibility.ts';

/*
 * The city's evaluation team as the directory holds it, turned into what the review reads: the
 * evaluators verifier assignment chooses among, and whether a caller leads the team. A person's
 * id in the directory is their token subject, so a review's verifier is both.
 */

/** A person of the evaluation team as verifier assignment sees them; absent `active` is active. */
export function evaluatorOf(person: Person): Evaluator {
  return {
    personId: person.personId,
    ...(person.staffOf === undefined ? {} : { opd: person.staffOf }),
    conflicts: [...(person.conflicts ?? [])],
    active: person.active !== false,
  };
}

/** The evaluators of `city` from its directory, in person id order; nobody who lacks the role. */
export async function evaluatorsOf(
  people: Pick<PeopleStore, 'evaluators'>,
  city: string,
): Promise<Evaluator[]> {
  const team = await people.evaluators(city);
  return team.filter((person) => person.role === 'evaluator').map(evaluatorOf);
}

/**
 * The caller of a review command: the verified identity, and whether the directory says that
 * person leads the team (read by the token's city and subject, never from a path or body).
 */
export async function reviewCallerOf(
  people: Pick<PeopleStore, 'get'>,
  identity: Identity,
): Promise<ReviewCaller> {
  return { identity, lead: await isLeadEvaluator(people, identity) };
}

import type { Identity } from '#functions/platform/identity/identity.ts';
import type { PeopleStore, Person } from './stores.ts';

/**
 * True when `person` leads the evaluation team: an evaluator marked `lead` who is still active.
 * False for anyone the directory does not hold, and for a `lead` mark on any other role.
 */
export const leadOf = (person: Person | undefined): boolean =>
  person?.role === 'evaluator' && person.lead === true && person.active !== false;

/** Whether the directory says the verified caller leads their city's evaluation team (read by city and subject). */
export async function isLeadEvaluator(
  people: Pick<PeopleStore, 'get'>,
  identity: Identity,
): Promise<boolean> {
  return leadOf(await people.get(identity.city, identity.subject));
}

import type { Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import type { EscalationTarget } from '#functions/obligations/reminder-policy.ts';
import type { RecipientContext } from './define.ts';

/** Owed by every OPD of the city. */
export const everyOpd = (_opd: Opd): boolean => true;

/** The OPD's current operators: they fill in its forms, so every reminder goes to each of them. */
export const opdOperators = ({ people, obligation }: RecipientContext): Promise<Person[]> =>
  people.ofOpd(obligation.city, obligation.opd, 'opd-operator');

/** The head (or acting head) of the OPD first; then the city secretary (Sekretaris Daerah). */
export async function opdHeadThenSecretary(
  { people, city, obligation }: RecipientContext,
  to: EscalationTarget,
): Promise<Person[]> {
  if (to === 'opd-head') return people.ofOpd(obligation.city, obligation.opd, 'opd-head');
  const secretary = await people.get(city.city, city.secretary);
  return secretary ? [secretary] : [];
}

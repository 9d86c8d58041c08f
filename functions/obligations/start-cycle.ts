import type { DirectoryStore } from '#functions/directory/stores.ts';
import { innovationPhase } from '#functions/obligations/kinds/phases.ts';
import { defaultReminderPolicy } from '#functions/obligations/reminder-policy.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { defaultCalendar } from '#functions/platform/time/calendar.ts';
import type { Cycle, CyclePhase } from './model.ts';
import type { CycleStore } from './store/cycle-store.ts';

export interface StartCycleInput {
  city: string;
  year: number;
  /** Local due date of the innovation reports; default the last Friday of October. */
  innovationDue?: string;
  /** Last local date on which a late report is accepted; default the second Friday of December. */
  innovationCloses?: string;
  /** The cycle's other phases, by phase id: each opens the obligations of the kinds that name it. */
  phases?: Readonly<Record<string, CyclePhase>>;
}

/**
 * Sets up a city's cycle for a year (calendar with that year's national holidays and collective
 * leave, the default reminder policy, the innovation phase and any other phases) and makes it the
 * city's current one. Starting the same cycle again keeps the settings it has. The caller then
 * runs `cycle-kickoff`.
 * @throws InvalidInputError for an unknown city, or an innovation phase among `phases` (its dates
 * are `innovationDue` and `innovationCloses`).
 */
export async function startCycle(
  { directory, cycles }: { directory: DirectoryStore; cycles: CycleStore },
  clock: Clock,
  input: StartCycleInput,
): Promise<Cycle> {
  const city = await directory.getCity(input.city);
  if (!city) throw new InvalidInputError(`Unknown city ${input.city}: seed it first`);
  if (input.phases && Object.hasOwn(input.phases, innovationPhase))
    throw new InvalidInputError('The innovation phase is set by innovationDue and innovationCloses');
  const existing = await cycles.getCycle(input.city, input.year);
  const cycle: Cycle = existing ?? {
    city: input.city,
    year: input.year,
    calendar: defaultCalendar(input.year, city.timeZone),
    policy: defaultReminderPolicy,
    innovationDue: input.innovationDue ?? `${input.year}-10-30`,
    innovationCloses: input.innovationCloses ?? `${input.year}-12-11`,
    ...(input.phases ? { phases: input.phases } : {}),
    startedAt: clock.now().toISOString(),
  };
  if (!existing) await cycles.putCycle(cycle);
  if (city.currentYear !== input.year) await directory.putCity({ ...city, currentYear: input.year });
  return cycle;
}

import type { DirectoryStore } from '#functions/directory/store/directory-store.ts';
import { defaultReminderPolicy } from '#functions/obligations/reminder-policy.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { defaultCalendar } from '#functions/platform/time/calendar.ts';
import type { Cycle } from './model.ts';

export interface StartCycleInput {
  city: string;
  year: number;
  /** Local due date of the innovation reports; default the last Friday of October. */
  innovationDue?: string;
  /** Last local date on which a late report is accepted; default the second Friday of December. */
  innovationCloses?: string;
}

/**
 * Sets up a city's cycle for a year (calendar with that year's national holidays and collective
 * leave, the default reminder policy, the innovation phase) and makes it the city's current one.
 * Starting the same cycle again keeps the settings it has. The caller then runs `cycle-kickoff`.
 */
export async function startCycle(
  directory: DirectoryStore,
  clock: Clock,
  input: StartCycleInput,
): Promise<Cycle> {
  const city = await directory.getCity(input.city);
  if (!city) throw new InvalidInputError(`Unknown city ${input.city}: seed it first`);
  const existing = await directory.getCycle(input.city, input.year);
  const cycle: Cycle = existing ?? {
    city: input.city,
    year: input.year,
    calendar: defaultCalendar(input.year, city.timeZone),
    policy: defaultReminderPolicy,
    innovationDue: input.innovationDue ?? `${input.year}-10-30`,
    innovationCloses: input.innovationCloses ?? `${input.year}-12-11`,
    startedAt: clock.now().toISOString(),
  };
  if (!existing) await directory.putCycle(cycle);
  if (city.currentYear !== input.year) await directory.putCity({ ...city, currentYear: input.year });
  return cycle;
}

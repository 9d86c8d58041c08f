import * as z from 'zod/mini';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { KindRegistry } from '#functions/obligations/kinds/lookup.ts';
import { innovationPhase } from '#functions/obligations/kinds/phases.ts';
import { defaultReminderPolicy } from '#functions/obligations/reminder-policy.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { defaultCalendar } from '#functions/platform/time/calendar.ts';
import type { Cycle, CyclePhase } from './model.ts';
import type { CycleStore } from './store/cycle-store.ts';

const phase = z.object({ due: z.iso.date(), closes: z.iso.date() });

/**
 * The input of starting a cycle, checked by this one schema whoever starts it (the CLI hands its
 * options over as they were typed): a city id, a year, real dates, and a close no earlier than
 * the due date.
 */
export const startCycleInput = z
  .strictObject({
    city: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
    year: z.int().check(z.gte(2000), z.lte(2100)),
    /** Local due date of the innovation reports; default the last Friday of October. */
    innovationDue: z.optional(z.iso.date()),
    /** Last local date on which a late report is accepted; default the second Friday of December. */
    innovationCloses: z.optional(z.iso.date()),
    /** The cycle's other phases, by phase id: each opens the obligations of the kinds that name it. */
    phases: z.optional(z.record(z.string(), phase)),
    /** The evaluation visits' window and team size; default: see `visits/visit-settings.ts`. */
    visits: z.optional(
      z
        .strictObject({
          opens: z.iso.date(),
          closes: z.iso.date(),
          teamSize: z.int().check(z.gte(1), z.lte(5)),
        })
        .check(z.refine((v) => v.closes >= v.opens, { path: ['closes'], message: 'closes before opens' })),
    ),
    /** The impact survey's sample; default: see `surveys/impact-settings.ts`. */
    impact: z.optional(
      z
        .strictObject({
          programsPer: z.enum(['dimension', 'sub-dimension']),
          respondents: z.int().check(z.gte(1), z.lte(1000)),
          respondentsPer: z.enum(['program', 'dimension']),
        })
        .check(
          // Shared among a dimension's three programs, each needs one at least.
          z.refine(
            (v) =>
              !(v.respondentsPer === 'dimension' && v.programsPer === 'sub-dimension' && v.respondents < 3),
            { path: ['respondents'], message: 'fewer respondents than programs per dimension' },
          ),
        ),
    ),
  })
  .check(
    z.refine(
      (input) =>
        !input.innovationDue || !input.innovationCloses || input.innovationCloses >= input.innovationDue,
      {
        path: ['innovationCloses'],
        message: 'closes before due',
      },
    ),
  );
export type StartCycleInput = z.input<typeof startCycleInput> & {
  phases?: Readonly<Record<string, CyclePhase>>;
};

/**
 * Sets up a city's cycle for a year (calendar with that year's national holidays and collective
 * leave, the default reminder policy, the innovation phase and any other phases) and makes it the
 * city's current one. Starting the same cycle again keeps the settings it has. The caller then
 * runs `cycle-kickoff`. With `kinds`, every kind's phase that `phases` does not give gets the
 * kind's default dates (`defaultPhase`); without it the cycle has the phases given and no other.
 * @throws InvalidInputError for an unknown city, or an innovation phase among `phases` (its dates
 * are `innovationDue` and `innovationCloses`).
 */
export async function startCycle(
  { directory, cycles, kinds }: { directory: DirectoryStore; cycles: CycleStore; kinds?: KindRegistry },
  clock: Clock,
  given: StartCycleInput,
): Promise<Cycle> {
  const input = parseInput(startCycleInput, given);
  const city = await directory.getCity(input.city);
  if (!city) throw new InvalidInputError(`Unknown city ${input.city}: seed it first`);
  if (input.phases && Object.hasOwn(input.phases, innovationPhase))
    throw new InvalidInputError('The innovation phase is set by innovationDue and innovationCloses');
  const existing = await cycles.getCycle(input.city, input.year);
  const phases = { ...defaultPhases(kinds, input.year), ...input.phases };
  const cycle: Cycle = existing ?? {
    city: input.city,
    year: input.year,
    calendar: defaultCalendar(input.year, city.timeZone),
    policy: defaultReminderPolicy,
    innovationDue: input.innovationDue ?? `${input.year}-10-30`,
    innovationCloses: input.innovationCloses ?? `${input.year}-12-11`,
    ...(Object.keys(phases).length > 0 ? { phases } : {}),
    ...(input.visits ? { visits: input.visits } : {}),
    ...(input.impact ? { impact: input.impact } : {}),
    startedAt: clock.now().toISOString(),
  };
  if (!existing) await cycles.putCycle(cycle);
  if (city.currentYear !== input.year) await directory.putCity({ ...city, currentYear: input.year });
  return cycle;
}

/** The default dates of every kind's phase but the innovation phase, by phase id. */
function defaultPhases(kinds: KindRegistry | undefined, year: number): Record<string, CyclePhase> {
  const phases: Record<string, CyclePhase> = {};
  for (const kind of kinds?.all ?? [])
    if (kind.defaultPhase && kind.phase !== innovationPhase) phases[kind.phase] = kind.defaultPhase(year);
  return phases;
}

import type { Cycle, CyclePhase } from '#functions/obligations/model.ts';

/**
 * The phase of the innovation reports. Cycles have stored its dates as `innovationDue` and
 * `innovationCloses` since the first one, and still do; every other phase is stored in `phases`.
 */
export const innovationPhase = 'innovation';

/** Every phase a cycle has, by id: the innovation phase from its own attributes, the rest from `phases`. */
export function cyclePhases(cycle: Cycle): Readonly<Record<string, CyclePhase>> {
  return {
    ...cycle.phases,
    [innovationPhase]: { due: cycle.innovationDue, closes: cycle.innovationCloses },
  };
}

/** The dates of one phase of a cycle; none when the cycle does not have that phase. */
export function phaseOf(cycle: Cycle, phase: string): CyclePhase | undefined {
  const phases = cyclePhases(cycle);
  return Object.hasOwn(phases, phase) ? phases[phase] : undefined;
}

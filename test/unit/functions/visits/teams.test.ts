import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTeams, mayVisit, type TeamEvaluator } from '#functions/visits/draw/teams.ts';

const opdIds = Array.from({ length: 30 }, (_, i) => `opd-${String(i).padStart(2, '0')}`);

/** A city's evaluation team: 2 to 12 evaluators, some staff of an OPD, some with declared conflicts. */
const roster = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), { minLength: 2, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          staffOf: fc.option(fc.constantFrom(...opdIds), { nil: undefined, freq: 3 }),
          conflicts: fc.subarray(opdIds, { maxLength: 3 }),
        }),
      ),
    ),
  )
  .map((evaluators) =>
    evaluators.map(({ staffOf, ...rest }): TeamEvaluator => (staffOf ? { ...rest, staffOf } : rest)),
  );
/** A draw: its key string, the OPDs selected in order, and the team size. */
const drawn = fc.record({
  key: fc.string({ maxLength: 60 }),
  selected: fc.shuffledSubarray(opdIds, { minLength: 1, maxLength: 15 }),
  size: fc.integer({ min: 1, max: 3 }),
});

const loadsOf = (teams: ReturnType<typeof assignTeams>, ids: readonly string[]) =>
  ids.map((id) => teams.filter((team) => team.evaluators.includes(id)).length);

describe('the visit teams of a draw', () => {
  it('never send an evaluator to the OPD they are staff of or declared a conflict with', () => {
    fc.assert(
      fc.property(roster, drawn, (evaluators, { key, selected, size }) => {
        // Act
        const teams = assignTeams(key, selected, evaluators, size);

        // Assess
        for (const team of teams)
          for (const id of team.evaluators) {
            const evaluator = evaluators.find((e) => e.id === id);
            expect(evaluator && mayVisit(evaluator, team.opd), `${id} visits ${team.opd}`).toBe(true);
          }
      }),
    );
  });

  it('give each visit its size of distinct evaluators, or everyone who may visit when fewer may', () => {
    fc.assert(
      fc.property(roster, drawn, (evaluators, { key, selected, size }) => {
        // Act
        const teams = assignTeams(key, selected, evaluators, size);

        // Assess
        expect(teams.map((t) => t.opd)).toEqual(selected);
        for (const team of teams) {
          const eligible = evaluators.filter((e) => mayVisit(e, team.opd)).length;
          expect(new Set(team.evaluators).size).toBe(team.evaluators.length);
          expect(team.evaluators.length).toBe(Math.min(size, eligible));
        }
      }),
    );
  });

  it('keep the loads within one among the evaluators who may visit every selected OPD', () => {
    fc.assert(
      fc.property(roster, drawn, (evaluators, { key, selected, size }) => {
        // Act
        const teams = assignTeams(key, selected, evaluators, size);

        // Assess
        const free = evaluators.filter((e) => selected.every((opd) => mayVisit(e, opd))).map((e) => e.id);
        const loads = loadsOf(teams, free);
        if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('balance within one when nobody is ruled out', () => {
    fc.assert(
      fc.property(roster, drawn, (evaluators, { key, selected, size }) => {
        // Prepare
        const unbound = evaluators.map((e) => ({ id: e.id, conflicts: [] }));

        // Act
        const loads = loadsOf(
          assignTeams(key, selected, unbound, size),
          unbound.map((e) => e.id),
        );

        // Assess
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(loads.reduce((a, b) => a + b, 0)).toBe(selected.length * Math.min(size, unbound.length));
      }),
    );
  });

  it('give the same teams for the same key, selection and roster, whatever order the roster is listed in', () => {
    fc.assert(
      fc.property(roster, drawn, (evaluators, { key, selected, size }) => {
        // Act
        const first = assignTeams(key, selected, evaluators, size);
        const reversed = assignTeams(key, selected, [...evaluators].reverse(), size);

        // Assess
        expect(reversed).toEqual(first);
      }),
    );
  });
});

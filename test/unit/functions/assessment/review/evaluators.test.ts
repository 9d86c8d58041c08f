import { describe, expect, it } from 'vitest';
import { assignVerifier } from '#functions/assessment/review/assign-verifier.ts';
import { evaluatorOf, evaluatorsOf, reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import type { Person } from '#functions/directory/stores.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';

/** A person of Kota Jambi holding the `evaluator` role, with `overrides`. */
const person = (personId: string, overrides: Partial<Person> = {}): Person => ({
  city: 'jambi',
  personId,
  name: personId,
  email: `${personId}@example.org`,
  role: 'evaluator',
  language: 'id',
  ...overrides,
});

const team: Person[] = [
  person('evaluator', { lead: true }),
  person('evaluator-bappeda', { staffOf: 'bappeda' }),
  person('evaluator-unja', { conflicts: ['dinas-kesehatan'] }),
  person('evaluator-uin', { active: false }),
];

describe('evaluatorsOf', () => {
  it('maps the directory’s team: staffOf becomes the OPD they never review, an absent active is active', async () => {
    // Prepare
    const cities: string[] = [];
    const people = {
      evaluators: async (city: string) => {
        cities.push(city);
        return team;
      },
    };

    // Act
    const evaluators = await evaluatorsOf(people, 'jambi');

    // Assess
    expect(cities).toEqual(['jambi']);
    expect(evaluators).toEqual([
      { personId: 'evaluator', conflicts: [], active: true },
      { personId: 'evaluator-bappeda', opd: 'bappeda', conflicts: [], active: true },
      { personId: 'evaluator-unja', conflicts: ['dinas-kesehatan'], active: true },
      { personId: 'evaluator-uin', conflicts: [], active: false },
    ]);
  });

  it('leaves out a person the store handed over without the evaluator role', async () => {
    // Prepare
    const people = { evaluators: async () => [...team, person('admin', { role: 'admin', lead: true })] };

    // Act
    const ids = (await evaluatorsOf(people, 'jambi')).map((evaluator) => evaluator.personId);

    // Assess
    expect(ids).toEqual(['evaluator', 'evaluator-bappeda', 'evaluator-unja', 'evaluator-uin']);
  });

  it('never takes an OPD role’s opd for the OPD an evaluator is staff of', () => {
    // Act
    const evaluator = evaluatorOf(person('ev', { opd: 'diskominfo' }));

    // Assess
    expect(evaluator).toEqual({ personId: 'ev', conflicts: [], active: true });
  });

  it('copies the conflicts, so a change to the person changes no evaluator', () => {
    // Prepare
    const unja = person('evaluator-unja', { conflicts: ['dinas-kesehatan'] });
    const evaluator = evaluatorOf(unja);

    // Act
    unja.conflicts?.push('diskominfo');

    // Assess
    expect(evaluator.conflicts).toEqual(['dinas-kesehatan']);
  });

  it('gives verifier assignment what keeps staff off their OPD and evaluators off their conflicts', async () => {
    // Prepare
    const evaluators = await evaluatorsOf({ evaluators: async () => team }, 'jambi');
    const assign = (opd: string, load: Record<string, number>) =>
      assignVerifier({ year: 2026, opd, evaluators, load: new Map(Object.entries(load)) });

    // Act
    const bappeda = assign('bappeda', { evaluator: 3, 'evaluator-unja': 2 });
    const dinkes = assign('dinas-kesehatan', { evaluator: 3, 'evaluator-bappeda': 2 });

    // Assess: the least loaded is each time the one the rules exclude, or the inactive one
    expect(bappeda).toEqual({ kind: 'assigned', verifier: 'evaluator-unja', reason: 'least-loaded' });
    expect(dinkes).toEqual({ kind: 'assigned', verifier: 'evaluator-bappeda', reason: 'least-loaded' });
  });
});

describe('leadOf', () => {
  it.each([
    ['the active evaluator marked lead', person('evaluator', { lead: true }), true],
    ['an evaluator not marked lead', person('evaluator-bappeda'), false],
    ['a lead away for the cycle', person('evaluator', { lead: true, active: false }), false],
    ['a lead mark on an admin', person('admin', { role: 'admin', lead: true }), false],
    ['a lead mark on an OPD head', person('kepala', { role: 'opd-head', opd: 'bappeda', lead: true }), false],
    ['nobody the directory holds', undefined, false],
  ])('answers %s with %s', (_, who, lead) => {
    // Act & Assess
    expect(leadOf(who)).toBe(lead);
  });
});

describe('reviewCallerOf', () => {
  const identity = (subject: string): Identity => ({ subject, city: 'jambi', roles: ['evaluator'] });
  const people = {
    get: async (city: string, personId: string) =>
      team.find((p) => p.city === city && p.personId === personId),
  };

  it('reads the caller by the token’s city and subject: the lead leads, another evaluator does not', async () => {
    // Act
    const callers = await Promise.all(
      ['evaluator', 'evaluator-bappeda'].map((id) => reviewCallerOf(people, identity(id))),
    );

    // Assess
    expect(callers).toEqual([
      { identity: identity('evaluator'), lead: true },
      { identity: identity('evaluator-bappeda'), lead: false },
    ]);
  });

  it('makes no lead of a subject the city’s directory does not hold', async () => {
    // Prepare: the lead's id, but a token of another city
    const stranger: Identity = { ...identity('evaluator'), city: 'palembang' };

    // Act
    const caller = await reviewCallerOf(people, stranger);

    // Assess
    expect(caller).toEqual({ identity: stranger, lead: false });
  });
});

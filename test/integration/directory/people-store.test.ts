import { describe, expect, it } from 'vitest';
import { evaluatorsOf } from '#functions/assessment/review/evaluators.ts';
import type { Person } from '#functions/directory/stores.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { createTestPorts } from '#test/support/test-ports.ts';

const at = '2026-01-05T01:00:00.000Z';

describe('people store on DynamoDB Local', () => {
  it("lists the demo city's evaluation team, with its attributes, in id order, and nobody else", async () => {
    // Prepare
    const { ports } = await createTestPorts(fixedClock(at));
    await seedDemoCity(ports.directory, ports.people);
    await ports.people.put({
      city: 'palembang',
      personId: 'evaluator',
      name: 'Tim Evaluasi Palembang',
      email: 'evaluator.palembang@example.org',
      role: 'evaluator',
      language: 'id',
    });

    // Act
    const team = await ports.people.evaluators('jambi');

    // Assess
    expect(team.map((p) => [p.personId, p.role, p.opd])).toEqual([
      ['evaluator', 'evaluator', undefined],
      ['evaluator-bappeda', 'evaluator', undefined],
      ['evaluator-inspektorat', 'evaluator', undefined],
      ['evaluator-uin', 'evaluator', undefined],
      ['evaluator-unja', 'evaluator', undefined],
    ]);
    expect(await evaluatorsOf(ports.people, 'jambi')).toEqual([
      { personId: 'evaluator', conflicts: [], active: true },
      { personId: 'evaluator-bappeda', opd: 'bappeda', conflicts: [], active: true },
      { personId: 'evaluator-inspektorat', opd: 'inspektorat', conflicts: [], active: true },
      { personId: 'evaluator-uin', conflicts: [], active: true },
      { personId: 'evaluator-unja', conflicts: ['dinas-kesehatan'], active: true },
    ]);
    expect(team.find((p) => p.personId === 'evaluator')?.lead).toBe(true);
    expect((await ports.people.evaluators('palembang')).map((p) => p.personId)).toEqual(['evaluator']);
  });

  it('keeps an evaluator off the people of the OPD they are staff of: reminders and escalations miss them', async () => {
    // Prepare
    const { ports } = await createTestPorts(fixedClock(at));
    await seedDemoCity(ports.directory, ports.people);

    // Act
    const bappeda = await Promise.all(
      (['opd-operator', 'opd-head', 'evaluator'] as const).map((role) =>
        ports.people.ofOpd('jambi', 'bappeda', role),
      ),
    );

    // Assess
    expect(bappeda.map((people) => people.map((p) => p.personId))).toEqual([
      ['operator-bappeda'],
      ['kepala-bappeda'],
      [],
    ]);
  });

  it('moves a person onto the team and off it again as their role changes, and keeps an inactive evaluator listed', async () => {
    // Prepare
    const { ports } = await createTestPorts(fixedClock(at));
    const sri: Person = {
      city: 'jambi',
      personId: 'sri',
      name: 'Sri Wahyuni',
      email: 'sri@example.org',
      role: 'opd-operator',
      opd: 'bappeda',
      language: 'id',
    };
    await ports.people.put(sri);
    const before = await ports.people.evaluators('jambi');

    // Act
    const { opd: _, ...rest } = sri;
    await ports.people.put({ ...rest, role: 'evaluator', staffOf: 'bappeda', active: false });
    const joined = await ports.people.evaluators('jambi');
    const operators = await ports.people.ofOpd('jambi', 'bappeda', 'opd-operator');
    await ports.people.put({ ...rest, role: 'admin' });
    const left = await ports.people.evaluators('jambi');

    // Assess
    expect(before).toEqual([]);
    expect(joined).toEqual([{ ...rest, role: 'evaluator', staffOf: 'bappeda', active: false }]);
    expect(operators).toEqual([]);
    expect(left).toEqual([]);
  });
});

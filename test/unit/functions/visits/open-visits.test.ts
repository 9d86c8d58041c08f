import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { openVisits } from '#functions/visits/open-visits.ts';
import type { Draw, Selection } from '#functions/visits/selection-model.ts';
import type { VisitStore } from '#functions/visits/stores.ts';
import type { Visit } from '#functions/visits/visit-model.ts';

/** The visits as the table keeps them: a put names the revision it read, as the DynamoDB store does. */
function memoryVisits() {
  const items = new Map<string, Visit>();
  const audits: AuditRecord[] = [];
  const store: VisitStore = {
    get: async (_city, _year, opd) => items.get(opd),
    ofCycle: async () => [...items.values()].sort((a, b) => (a.opd < b.opd ? -1 : 1)),
    put: async (next, audit, previous) => {
      const stored = items.get(next.opd);
      if (previous ? stored?.revision !== previous.revision : stored) throw new StaleRevisionError();
      items.set(next.opd, next);
      audits.push(audit);
    },
  };
  return { store, items, audits };
}

const draw = (number: number, selected: string[], teams: Record<string, string[]>): Draw => ({
  number,
  values: [['1']],
  keyString: '1./',
  digests: selected.map(() => '0'.repeat(32)),
  selected: selected.map((opd, i) => ({ position: i + 1, opd })),
  teams: Object.entries(teams).map(([opd, evaluators]) => ({ opd, evaluators })),
  drawnAt: '2026-11-20T02:00:00.000Z',
  drawnBy: 'evaluator',
  ...(number > 1 ? { reason: 'Salah ketik.' } : {}),
});

const selectionWith = (draws: Draw[]): Selection => ({
  city: 'jambi',
  year: 2026,
  method: 'RFC 3797',
  announcement: {
    pool: ['a', 'b', 'c'].map((opd, i) => ({ position: i + 1, opd, name: opd.toUpperCase() })),
    count: 1,
    teamSize: 1,
    evaluators: [],
    alwaysVisited: [{ opd: 'z', name: 'Z', reason: 'Terlambat.' }],
    sources: [{ description: 'IHSG', expected: '2026-11-19' }],
    drawDate: '2026-11-19',
    announcedAt: '2026-11-16T02:00:00.000Z',
    announcedBy: 'evaluator',
  },
  draws,
  revision: draws.length + 1,
});

const deps = (store: VisitStore) => {
  let n = 0;
  return {
    visits: store,
    clock: { now: () => new Date('2026-11-20T03:00:00.000Z') },
    newId: () => `e${++n}`,
  };
};

describe('opening the visits of a draw', () => {
  it('opens one visit per OPD drawn and per OPD always visited, unscheduled, with the team the draw gave it', async () => {
    // Prepare
    const { store, items, audits } = memoryVisits();
    const first = draw(1, ['b'], { b: ['ev-1'], z: ['ev-2'] });

    // Act
    const result = await openVisits(deps(store), 'evaluator', selectionWith([first]));
    const again = await openVisits(deps(store), 'evaluator', selectionWith([first]));

    // Assess
    expect(result).toEqual({ opened: 2, redrawn: 0, cancelled: 0 });
    expect(again).toEqual({ opened: 0, redrawn: 0, cancelled: 0 });
    expect(items.get('b')).toMatchObject({
      status: 'unscheduled',
      team: ['ev-1'],
      reason: { kind: 'drawn', position: 1 },
    });
    expect(items.get('z')).toMatchObject({ team: ['ev-2'], reason: { kind: 'always', text: 'Terlambat.' } });
    expect(audits.map((a) => a.event.action)).toEqual(['visit.opened', 'visit.opened']);
  });

  it('on a redraw, gives kept visits the new team, cancels the ones no longer drawn and opens the new ones', async () => {
    // Prepare
    const { store, items, audits } = memoryVisits();
    const first = draw(1, ['b'], { b: ['ev-1'], z: ['ev-2'] });
    await openVisits(deps(store), 'evaluator', selectionWith([first]));
    const second = draw(2, ['c'], { c: ['ev-1'], z: ['ev-3'] });

    // Act
    const result = await openVisits(deps(store), 'evaluator', selectionWith([first, second]));

    // Assess
    expect(result).toEqual({ opened: 1, redrawn: 1, cancelled: 1 });
    expect(items.get('b')).toMatchObject({ status: 'cancelled', drawNumber: 2, revision: 2 });
    expect(items.get('c')).toMatchObject({ status: 'unscheduled', drawNumber: 2, team: ['ev-1'] });
    expect(items.get('z')).toMatchObject({
      status: 'unscheduled',
      drawNumber: 2,
      team: ['ev-3'],
      revision: 2,
    });
    expect(
      audits
        .map((a) => a.event.action)
        .slice(2)
        .sort(),
    ).toEqual(['visit.cancelled', 'visit.opened', 'visit.redrawn']);
  });

  it('opens nothing before the first draw', async () => {
    // Act
    const { store, items } = memoryVisits();
    const result = await openVisits(deps(store), 'evaluator', selectionWith([]));

    // Assess
    expect(result).toEqual({ opened: 0, redrawn: 0, cancelled: 0 });
    expect(items.size).toBe(0);
  });

  it('counts nothing twice when a twin opened a visit first', async () => {
    // Prepare: the twin's write lands between this run's read and its write
    const { store, items } = memoryVisits();
    const first = draw(1, ['b'], { b: ['ev-1'], z: ['ev-2'] });
    const twin: VisitStore = {
      ...store,
      ofCycle: async () => {
        const seen = await store.ofCycle('jambi', 2026);
        await openVisits(deps(store), 'evaluator', selectionWith([first]));
        return seen;
      },
    };

    // Act
    const result = await openVisits(deps(twin), 'evaluator', selectionWith([first]));

    // Assess
    expect(result).toEqual({ opened: 0, redrawn: 0, cancelled: 0 });
    expect(items.size).toBe(2);
  });
});

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableStores } from '#functions/app/table-stores.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { announceSelection, drawSelection, type SelectionDeps } from '#functions/visits/selection.ts';
import type { Selection } from '#functions/visits/selection-model.ts';
import { verifySelection } from '#functions/visits/verify-selection.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { repoRoot } from '#infra/local/paths.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { createTestTable } from '#test/support/test-table.ts';

const city = 'jambi';
const year = 2026;
/** 20 November 2026, 09.00 in Jambi: the sources' values are published on the 25th. */
let now = new Date('2026-11-20T02:00:00.000Z');
const clock = { now: () => now };

const announcement = {
  count: 5,
  alwaysVisited: [{ opd: 'dinas-kesehatan', reason: 'Penilaian mandiri tidak dikirim sampai tenggat.' }],
  sources: [
    { description: 'Penutupan IHSG 25 November 2026, dalam seperseratus poin', expected: '2026-11-25' },
    { description: 'Enam angka undian lotere nasional 25 November 2026', expected: '2026-11-25' },
  ],
  drawDate: '2026-11-26',
};
const values = ['723456', '9 18 26 34 41 45'];

const refusalOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { kind: error.kind, code: error.code, fields: (error.fields ?? []).map((f) => f.path) };
    },
  );

describe('the selection of the OPDs to visit, on DynamoDB Local', () => {
  let deps: SelectionDeps;
  let dump: () => Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    const table = await createTestTable();
    dump = table.dump;
    const stores = createTableStores(table.documentClient, table.tableName, {
      clock,
      sessionClock: systemClock,
    });
    await seedDemoCity(stores.directory, stores.people);
    deps = {
      selections: stores.selections,
      visits: stores.visits,
      directory: stores.directory,
      people: stores.people,
      cycles: stores.cycles,
      clock,
      newId: randomUUID,
    };
  });

  it('refuses an announcement whose sources are known already, or whose draw comes before them, field by field', async () => {
    // Prepare
    const before = await dump();

    // Act
    const refused = await refusalOf(
      announceSelection(deps, 'evaluator', city, year, {
        ...announcement,
        count: 99,
        alwaysVisited: [{ opd: 'dinas-entah', reason: 'x' }],
        sources: [{ description: 'IHSG kemarin', expected: '2026-11-19' }, ...announcement.sources],
        drawDate: '2026-11-24',
      }),
    );

    // Assess
    expect(refused).toEqual({
      kind: 'invalid',
      code: 'invalid_request',
      fields: ['alwaysVisited.0.opd', 'sources.0.expected', 'drawDate', 'count'],
    });
    expect(await dump()).toEqual(before);
  });

  it('announces the pool in order of OPD id, without the OPDs always visited, audited', async () => {
    // Act
    const selection = await announceSelection(deps, 'evaluator', city, year, announcement);

    // Assess
    const expected = demoOpds
      .map((o) => o.id)
      .filter((id) => id !== 'dinas-kesehatan')
      .sort();
    expect(selection.announcement.pool.map((e) => [e.position, e.opd])).toEqual(
      expected.map((id, i) => [i + 1, id]),
    );
    expect(selection.announcement.alwaysVisited).toEqual([
      expect.objectContaining({ opd: 'dinas-kesehatan', reason: announcement.alwaysVisited[0]?.reason }),
    ]);
    expect(selection.draws).toEqual([]);
    // The evaluation team, frozen with the rest: who is staff of an OPD, who declared a conflict
    expect(selection.announcement.teamSize).toBe(2);
    expect(selection.announcement.evaluators).toEqual([
      expect.objectContaining({ id: 'evaluator', conflicts: [] }),
      expect.objectContaining({ id: 'evaluator-bappeda', staffOf: 'bappeda' }),
      expect.objectContaining({ id: 'evaluator-inspektorat', staffOf: 'inspektorat' }),
      expect.objectContaining({ id: 'evaluator-uin', conflicts: [] }),
      expect.objectContaining({ id: 'evaluator-unja', conflicts: ['dinas-kesehatan'] }),
    ]);
    expect(await deps.selections.get(city, year)).toEqual(selection);
    const audit = (await dump()).filter((item) => item.action === 'selection.announced');
    expect(audit).toEqual([expect.objectContaining({ actor: 'evaluator', before: null })]);
  });

  it('refuses a second announcement and a draw before the draw date, writing nothing', async () => {
    // Prepare
    const before = await dump();

    // Act
    const again = await refusalOf(announceSelection(deps, 'evaluator', city, year, announcement));
    const early = await refusalOf(drawSelection(deps, 'evaluator', city, year, { values }));

    // Assess
    expect(again).toMatchObject({ kind: 'conflict', code: 'selection_announced' });
    expect(early).toMatchObject({ kind: 'conflict', code: 'draw_too_early' });
    expect(await dump()).toEqual(before);
  });

  it('draws by RFC 3797 on the draw date, the result rechecked from the published record', async () => {
    // Prepare
    now = new Date('2026-11-26T03:00:00.000Z');

    // Act
    const { selection, replayed } = await drawSelection(deps, 'evaluator', city, year, { values });

    // Assess
    expect(replayed).toBe(false);
    const [made] = selection.draws;
    expect(made?.keyString).toBe('723456./9.18.26.34.41.45./');
    expect(made?.digests).toHaveLength(5);
    expect(new Set(made?.selected.map((s) => s.opd)).size).toBe(5);
    for (const s of made?.selected ?? [])
      expect(selection.announcement.pool[s.position - 1]?.opd).toBe(s.opd);
    expect(verifySelection(selection)).toMatchObject({ ok: true, problems: [] });
  });

  it('takes the same values again as a retry, and refuses other values without a reason', async () => {
    // Prepare
    const before = await dump();

    // Act
    const retry = await drawSelection(deps, 'evaluator', city, year, { values });
    const other = await refusalOf(
      drawSelection(deps, 'evaluator', city, year, { values: ['723457', values[1]] }),
    );
    const badValue = await refusalOf(
      drawSelection(deps, 'evaluator', city, year, { values: ['7.234,56', values[1]] }),
    );

    // Assess
    expect(retry.replayed).toBe(true);
    expect(other).toMatchObject({ kind: 'invalid', fields: ['reason'] });
    expect(badValue).toMatchObject({ kind: 'invalid', fields: ['values.0'] });
    expect(await dump()).toEqual(before);
  });

  it('redraws with a reason, keeping the first draw, both rechecked', async () => {
    // Act
    const { selection } = await drawSelection(deps, 'evaluator', city, year, {
      values: ['723457', values[1] ?? ''],
      reason: 'Nilai IHSG yang pertama salah ketik; nilai resmi 7.234,57.',
    });

    // Assess
    expect(selection.draws.map((d) => [d.number, d.reason])).toEqual([
      [1, undefined],
      [2, 'Nilai IHSG yang pertama salah ketik; nilai resmi 7.234,57.'],
    ]);
    expect(verifySelection(selection).ok).toBe(true);
    expect((await dump()).filter((item) => item.action === 'selection.redrawn')).toHaveLength(1);
  });

  describe('a recheck of the published record', () => {
    let published: Selection;
    const home = mkdtempSync(join(tmpdir(), 'siklus-selection-'));
    afterAll(() => rmSync(home, { recursive: true, force: true }));

    beforeAll(async () => {
      published = (await deps.selections.get(city, year)) as Selection;
    });

    /** `siklus selection verify --file` on a copy of the record, on a machine without the engine. */
    const verifyFile = async (record: Selection) => {
      const file = join(home, `${randomUUID()}.json`);
      writeFileSync(file, JSON.stringify(record));
      return promisify(execFile)(
        process.execPath,
        [join(repoRoot, 'infra/cli/siklus.mjs'), 'selection', 'verify', '--file', file, '--lang', 'en'],
        { cwd: repoRoot, env: { ...process.env, SIKLUS_HOME: home } },
      ).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
      );
    };
    const [first, second] = [0, 1];
    const pool = () => [...published.announcement.pool];

    it('passes for the record untouched', async () => {
      // Act
      const checked = await verifyFile(published);

      // Assess
      expect(checked).toEqual({ code: 0, out: expect.stringMatching(/^Matches: 2 draw\(s\) recomputed/) });
    });

    it.each([
      [
        'one pool entry moved',
        (s: Selection): Selection => {
          const moved = pool();
          [moved[first], moved[second]] = [moved[second] as never, moved[first] as never];
          return { ...s, announcement: { ...s.announcement, pool: moved } };
        },
      ],
      [
        'one source value changed',
        (s: Selection): Selection => ({
          ...s,
          draws: s.draws.map((d, i) => (i === 0 ? { ...d, values: [['723455'], ...d.values.slice(1)] } : d)),
        }),
      ],
      [
        'one team changed',
        (s: Selection): Selection => ({
          ...s,
          draws: s.draws.map((d) => ({
            ...d,
            teams: d.teams.map((t, i) => (i === 0 ? { ...t, evaluators: [...t.evaluators].reverse() } : t)),
          })),
        }),
      ],
      [
        'a different count',
        (s: Selection): Selection => ({
          ...s,
          announcement: { ...s.announcement, count: s.announcement.count - 1 },
        }),
      ],
    ])('fails for %s, saying what differs', async (_, tamper) => {
      // Act
      const checked = await verifyFile(tamper(published));

      // Assess
      expect(checked.code).toBe(1);
      expect(checked.out).toMatch(/draws\[1\]|pool/);
    });
  });
});

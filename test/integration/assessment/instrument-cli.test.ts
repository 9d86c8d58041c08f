import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTableStores } from '#functions/app/table-stores.ts';
import { writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { recordEngine } from '#infra/local/engine-lock.ts';
import { repoRoot, stateDir } from '#infra/local/paths.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { demoVersion } from '#test/support/instruments.ts';
import { createTestTable } from '#test/support/test-table.ts';

/** The demo instrument's CSV as version 2 for 2027, continuing version 1, with `edit` applied to its text. */
function version2Csv(edit: (text: string) => string = (text) => text): string {
  const text = writeInstrumentCsv(demoVersion(2));
  return edit(text);
}

interface Failure {
  code: number;
  stdout: string;
  stderr: string;
}

describe('cli: siklus instrument', () => {
  const home = mkdtempSync(join(tmpdir(), 'siklus-instrument-'));
  const file = (name: string) => join(home, name);
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let store: InstrumentStore;

  /** Runs the `siklus` bin, as `npx siklus` does, attached to this file's table as to a running engine. */
  const siklus = (...args: string[]) =>
    promisify(execFile)(process.execPath, [join(repoRoot, 'infra/cli/siklus.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, SIKLUS_HOME: home },
    });
  const failing = (...args: string[]) =>
    siklus(...args).then(
      () => {
        throw new Error(`siklus ${args.join(' ')} succeeded`);
      },
      (error: Failure) => error,
    );

  beforeAll(async () => {
    table = await createTestTable();
    store = createInstrumentStore(table.documentClient, table.tableName);
    const { directory, people } = createTableStores(table.documentClient, table.tableName, {
      clock: systemClock,
      sessionClock: systemClock,
    });
    await seedDemoCity(directory, people, { instruments: store });
    recordEngine(stateDir(home).engineFile, {
      pid: process.pid,
      httpUrl: null,
      dynamoEndpoint: inject('dynamoEndpoint'),
      dynamoPid: process.pid,
      tableName: table.tableName,
    });
  });

  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('lists the demo instrument the seed stored, and seeding again changes nothing', async () => {
    // Prepare
    const before = await table.dump();
    const { directory, people } = createTableStores(table.documentClient, table.tableName, {
      clock: systemClock,
      sessionClock: systemClock,
    });

    // Act
    const seeded = await seedDemoCity(directory, people, { instruments: store });
    const printed = await siklus('instrument', 'list', '--city', 'jambi', '--lang', 'en');

    // Assess
    expect(seeded.instrument).toBe('unchanged');
    expect(await table.dump()).toEqual(before);
    expect(printed.stdout).toBe(
      'instrument\tversion\tyear\tindicators\ttitle\n' +
        'smart-city\t1\t2026\t36\tKota Jambi Smart City evaluation instrument, 2026\n',
    );
  });

  it.each(['xlsx', 'csv'])(
    'exports the latest version as %s, and finds it unchanged when imported again',
    async (format) => {
      // Prepare
      const out = file(`demo.${format}`);

      // Act
      const exported = await siklus('instrument', 'export', '--city', 'jambi', '--out', out);
      const imported = await siklus('instrument', 'import', out, '--city', 'jambi', '--json');

      // Assess
      expect(exported.stdout).toMatch(
        new RegExp(`^Wrote smart-city version 1 of jambi to ${out} \\(\\d+ bytes\\)\\.\\n$`),
      );
      expect(readFileSync(out).byteLength).toBeGreaterThan(10_000);
      expect(JSON.parse(imported.stdout)).toEqual({
        id: 'smart-city',
        version: 1,
        year: 2026,
        indicatorCount: 36,
        put: 'unchanged',
      });
    },
  );

  it('prints every problem of a bad file at its sheet, line and column, exits 1 and stores nothing', async () => {
    // Prepare: an unknown aspect on line 22, a previous id version 1 does not have on line 24
    const bad = file('bad.csv');
    writeFileSync(
      bad,
      version2Csv((text) => text.replace(',outcome,', ',dampak,').replace(',soc-ed-01\n', ',soc-xx-01\n')),
    );
    const before = await table.dump();

    // Act
    const failure = await failing('instrument', 'import', bad, '--city', 'jambi', '--lang', 'en');

    // Assess
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Indikator, line \d+, column E \(aspect\): Unknown aspect "dampak"; allowed: /),
      expect.stringMatching(
        /^Indikator, line \d+, column AF \(previous\): Indicator "soc-xx-01" is not in the previous version\.$/,
      ),
      `2 problem(s) in ${bad}; nothing was stored.`,
    ]);
    expect(await table.dump()).toEqual(before);
  });

  it('stores a valid next version, then refuses other content under it (exit 6)', async () => {
    // Prepare
    const next = file('v2.csv');
    writeFileSync(next, version2Csv());
    const changed = file('v2-changed.csv');
    writeFileSync(
      changed,
      version2Csv((text) => text.replace('instrumen,year,2027,', 'instrumen,year,2028,')),
    );

    // Act
    const stored = await siklus('instrument', 'import', next, '--city', 'jambi');
    const refused = await failing('instrument', 'import', changed, '--city', 'jambi', '--lang', 'en');

    // Assess
    expect(stored.stdout).toBe('Stored smart-city version 2 (2027, 36 indicators) for jambi.\n');
    expect(refused).toMatchObject({
      code: 6,
      stderr: expect.stringContaining(
        'Version 2 of instrument "smart-city" is already stored with different content.',
      ),
    });
    expect(await store.versions('jambi', 'smart-city')).toEqual([1, 2]);
    expect((await store.latest('jambi', 'smart-city'))?.year).toBe(2027);
  });

  it.each([
    [
      ['export', '--city', 'jambi', '--version', '9', '--out', 'x.csv'],
      4,
      /Version 9 of instrument "smart-city" was not found\./,
    ],
    [['export', '--city', 'jambi', '--out', 'x.txt'], 1, /must end in \.xlsx or \.csv/],
    [['import', 'missing.csv', '--city', 'jambi'], 1, /no such file or directory, open 'missing\.csv'/],
    [['list', '--city', 'no-such-city'], 1, /Unknown city 'no-such-city'; run 'siklus seed' first/],
    [['list'], 2, /Usage: siklus instrument import/],
  ])('fails with a message that says why (%j)', async (args, code, message) => {
    // Act
    const failure = await failing('instrument', ...args, '--lang', 'en');

    // Assess
    expect(failure).toMatchObject({ code, stderr: expect.stringMatching(message) });
  });

  it('prints its help', async () => {
    // Act
    const printed = await siklus('instrument', '--help');

    // Assess
    expect(printed.stdout).toMatch(/^Usage: siklus instrument import <file.xlsx\|file.csv> --city <city>/);
  });
});

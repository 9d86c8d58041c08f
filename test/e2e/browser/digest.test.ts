import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOpds } from '#infra/local/demo-city.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import { repoRoot } from '#infra/local/paths.ts';
import { launchBrowser, newPhoneContext, screenshot } from '#test/support/browser.ts';
import { type EngineProcess, spawnEngine, waitForOutput } from '#test/support/engine-process.ts';

// As the README tells a newcomer: `npm start` (the demo year on its virtual clock from Monday
// 5 January 2026), `siklus cycle start`, then `siklus clock advance` past the escalations of the
// reports due Friday 30 October.
const home = mkdtempSync(join(tmpdir(), 'siklus-digest-'));
let engine: EngineProcess;
let url: string;
let browser: Browser;

const siklus = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, SIKLUS_HOME: home },
    maxBuffer: 16 * 1024 * 1024,
  });

beforeAll(async () => {
  const port = await freePort();
  url = `http://localhost:${port}`;
  engine = spawnEngine({ PORT: port, SIKLUS_HOME: home });
  [browser] = await Promise.all([launchBrowser(), waitForOutput(engine, /Siklus is running at/)]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (engine && engine.child.exitCode === null) {
    engine.child.kill('SIGINT');
    await engine.exited;
  }
  rmSync(home, { recursive: true, force: true });
});

describe('the city secretary’s morning, in the outbox', () => {
  it('shows one digest of every OPD that missed its deadline, not one email per OPD', async () => {
    // Act: the cycle, then the year up to Thursday 5 November
    await siklus('cycle', 'start', '--city', 'jambi', '--year', '2026');
    await siklus('clock', 'advance', '304d');

    // Assess: in the browser, as someone reads the outbox on a phone
    const page = await (await newPhoneContext(browser)).newPage();
    await page.goto(`${url}/outbox`);
    const digest = `Eskalasi: ${demoOpds.length} OPD melewati tenggat (Rabu, 4 November 2026)`;
    const subjects = await page.locator('.subject a').allTextContents();
    expect(subjects.filter((s) => s === digest)).toHaveLength(1);
    // The secretary is told once; every head of OPD once, of their own OPD
    expect(subjects.filter((s) => s.startsWith('Eskalasi'))).toEqual([digest]);
    expect(subjects.filter((s) => s.startsWith('Terlambat:'))).toHaveLength(demoOpds.length);
    await page.getByRole('link', { name: digest }).click();
    const inside = page.frameLocator('iframe');
    await expect
      .poll(() => inside.locator('body').textContent())
      .toContain('Dinas Komunikasi dan Informatika');
    const text = (await inside.locator('body').textContent()) ?? '';
    for (const opd of demoOpds) expect(text).toContain(opd.name);
    expect(text).toContain('Kepala OPD');
    expect(text).toContain('Lihat semua kewajiban yang terlambat');
    await screenshot(page, 'digest-in-outbox');
  }, 420_000);
});

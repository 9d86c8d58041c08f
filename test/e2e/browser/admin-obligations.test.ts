import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '#functions/adapters/system-clock.ts';
import {
  addDays,
  addWorkingDays,
  defaultCalendar,
  isoWeekday,
  localDateOf,
} from '#functions/cycle/calendar.ts';
import { type Obligation, obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createDirectoryStore } from '#functions/store/directory-store.ts';
import { createObligationStore } from '#functions/store/obligation-store.ts';
import { withDatabase } from '#infra/cli/database.ts';
import {
  launchBrowser,
  newPhoneContext,
  operatorLink,
  runAxe,
  screenshot,
  serious,
  startTestEngine,
  type TestEngine,
  tally,
  writeArtifact,
} from '#test/support/browser.ts';

const city = 'jambi';
const timeZone = 'Asia/Jakarta';
// The engine runs on real time: the cycle is this year's, due three weeks of working days from now.
const today = localDateOf(systemClock.now(), timeZone);
const year = Number(today.slice(0, 4));
const calendar = defaultCalendar(year, timeZone);
const due = addWorkingDays(calendar, today, 15);
const newDue = addWorkingDays(calendar, due, 5);
const nextSaturday = (() => {
  let day = addDays(today, 1);
  while (isoWeekday(day) !== 6) day = addDays(day, 1);
  return day;
})();
const idOf = (opd: string) => obligationIdOf(city, year, opd, 'innovation-report');

let env: TestEngine;
let browser: Browser;

/** An obligation as the engine's table holds it now. */
const stored = (opd: string): Promise<Obligation | undefined> =>
  withDatabase(env.dirs, (db) => createObligationStore(db.documentClient, db.tableName).get(idOf(opd)));

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine(), launchBrowser()]);
  // As `siklus cycle start` does, on the running engine: the cycle, then its kick-off workflow.
  await withDatabase(env.dirs, (db) =>
    startCycle(createDirectoryStore(db.documentClient, db.tableName), systemClock, {
      city,
      year,
      innovationDue: due,
      innovationCloses: addDays(due, 30),
    }),
  );
  // A kick-off opens nothing twice, so a run that failed on a busy machine is simply run again.
  let kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  for (let attempt = 1; attempt < 3 && kickoff.status !== 'SUCCEEDED'; attempt++) {
    console.warn(`cycle-kickoff ${kickoff.status}: ${kickoff.error} ${kickoff.cause ?? ''}; again`);
    kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  }
  expect([kickoff.status, kickoff.error]).toEqual(['SUCCEEDED', undefined]);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** The admin demo person, signed in from the start page. */
async function signInAsAdmin(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) {
  const page = await (await newPhoneContext(browser, options)).newPage();
  await page.goto(env.url);
  await page.getByRole('button', { name: 'Admin Smart City' }).click();
  await page.waitForURL(/\/tugas$/);
  return page;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const card = (page: Page, opd: string) => page.locator(`#kewajiban-${opd}`);
/** Unfolds the forms of an OPD's card (a `<details>`: no script needed). */
const unfold = (page: Page, opd: string) => card(page, opd).locator('summary').click();
/** The status of the answer to the next form post: a page (refused) or 303 to the list (done). */
const landed = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());

describe('the obligations page of the Smart City admin (phone, no JavaScript)', () => {
  it('moves one deadline and waives another, refusing bad input first in the person’s language', async () => {
    const page = await signInAsAdmin({ javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Kewajiban OPD' }).click();
    expect(await heading(page)).toBe('Kewajiban OPD');
    expect(await card(page, 'diskominfo').textContent()).toContain('Belum dikirim');
    await screenshot(page, 'admin-obligations');

    // A past date: the page again, the message beside the field, nothing changed
    const diskominfo = card(page, 'diskominfo');
    await unfold(page, 'diskominfo');
    await diskominfo
      .getByLabel('Tenggat baru untuk Dinas Komunikasi dan Informatika')
      .fill(addDays(today, -1));
    let status = landed(page);
    await diskominfo.getByRole('button', { name: /^Pindahkan tenggat/ }).click();
    expect(await status).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('Tenggat baru harus hari kerja');
    await screenshot(page, 'admin-obligations-past-date');
    expect(await stored('diskominfo')).toMatchObject({ due, deadlineVersion: 1 });

    // A good date: moved, with a notice
    await card(page, 'diskominfo')
      .getByLabel('Tenggat baru untuk Dinas Komunikasi dan Informatika')
      .fill(newDue);
    status = landed(page);
    await card(page, 'diskominfo')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await status).toBe(303);
    await page.waitForURL(/\/admin\/kewajiban\?notice=moved/);
    expect(await page.getByRole('status').textContent()).toContain(
      'Tenggat dipindahkan; pengingatnya ikut pindah: Dinas Komunikasi dan Informatika',
    );
    expect(await stored('diskominfo')).toMatchObject({ due: newDue, deadlineVersion: 2, status: 'open' });
    expect(await card(page, 'diskominfo').textContent()).toMatch(/Versi tenggat\s*2/);

    // An empty reason, then a reason: waived, with a notice, and no more forms on its card
    const dinkes = () => card(page, 'dinas-kesehatan');
    await unfold(page, 'dinas-kesehatan');
    status = landed(page);
    await dinkes()
      .getByRole('button', { name: /^Bebaskan/ })
      .click();
    expect(await status).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('Tuliskan alasan pembebasan');
    expect((await stored('dinas-kesehatan'))?.status).toBe('open');
    await dinkes()
      .getByLabel('Alasan pembebasan untuk Dinas Kesehatan')
      .fill('Digabung dengan laporan Diskominfo tahun ini.');
    status = landed(page);
    await dinkes()
      .getByRole('button', { name: /^Bebaskan/ })
      .click();
    expect(await status).toBe(303);
    await page.waitForURL(/\/admin\/kewajiban\?notice=waived/);
    expect(await page.getByRole('status').textContent()).toContain('Kewajiban dibebaskan: Dinas Kesehatan.');
    expect(await dinkes().textContent()).toContain('Dibebaskan');
    expect(await dinkes().locator('form').count()).toBe(0);
    expect(await stored('dinas-kesehatan')).toMatchObject({
      status: 'waived',
      waivedReason: 'Digabung dengan laporan Diskominfo tahun ini.',
    });
    await screenshot(page, 'admin-obligations-waived');
  });

  it('refuses a Saturday in English, as the person chose', async () => {
    const page = await signInAsAdmin({ javaScriptEnabled: false });
    await page.goto(`${env.url}/admin/kewajiban`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/admin\/kewajiban$/);
    expect(await heading(page)).toBe('OPD obligations');

    await unfold(page, 'bappeda');
    await card(page, 'bappeda')
      .getByLabel(/^New deadline for /)
      .fill(nextSaturday);
    const status = landed(page);
    await card(page, 'bappeda')
      .getByRole('button', { name: /^Move deadline/ })
      .click();

    expect(await status).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('The new deadline must be a working day');
    expect(await stored('bappeda')).toMatchObject({ due, deadlineVersion: 1 });
  });

  it('shows the page, without forms, to the evaluator and refuses it to an OPD operator', async () => {
    const evaluator = await (await newPhoneContext(browser)).newPage();
    await evaluator.goto(env.url);
    await evaluator.getByRole('button', { name: 'Tim Evaluasi' }).click();
    await evaluator.waitForURL(/\/tugas$/);
    await evaluator.getByRole('link', { name: 'Kewajiban OPD' }).click();
    expect(await heading(evaluator)).toBe('Kewajiban OPD');
    expect(await evaluator.locator('main form').count()).toBe(0);

    const rina = await (await newPhoneContext(browser)).newPage();
    await rina.goto(`${env.url}${await env.link({ ...operatorLink, next: '/tugas' })}`);
    expect(await rina.getByRole('link', { name: 'Kewajiban OPD' }).count()).toBe(0);
    const response = await rina.goto(`${env.url}/admin/kewajiban`);
    expect(response?.status()).toBe(403);
    expect(await heading(rina)).toBe('Tidak diizinkan');
  });

  it('has no serious or critical axe violation, with a notice or an error', async () => {
    // bypassCSP only so that axe can be injected: the page itself runs no script.
    const page = await signInAsAdmin({ bypassCSP: true });
    await page.goto(`${env.url}/admin/kewajiban`);
    const listed = await runAxe(page);

    await unfold(page, 'bpkad');
    await card(page, 'bpkad')
      .getByLabel(/^Tenggat baru untuk /)
      .fill(nextSaturday);
    const refused = landed(page);
    await card(page, 'bpkad')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await refused).toBe(400);
    await screenshot(page, 'admin-obligations-error');
    const withError = await runAxe(page);
    await card(page, 'bpkad')
      .getByLabel(/^Tenggat baru untuk /)
      .fill(newDue);
    const moved = landed(page);
    await card(page, 'bpkad')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await moved).toBe(303);
    await page.waitForURL(/notice=moved/);
    const withNotice = await runAxe(page);

    const results = { listed, withError, withNotice };
    writeArtifact('axe-admin-obligations.json', {
      violations: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, tally(r.violations)])),
    });
    for (const result of Object.values(results)) {
      expect(result.passed).toBeGreaterThan(0);
      expect(serious(result.violations)).toEqual([]);
    }
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#functions/platform/time/days.ts';
import type { Selection } from '#functions/visits/selection-model.ts';
import { verifySelection } from '#functions/visits/verify-selection.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  screenshot,
  signInAsDemo,
  startTestEngine,
  type TestEngine,
  testCycle,
} from '#test/support/browser.ts';

const { today, year } = testCycle;
const sourcesOn = addDays(today, 2);
const drawOn = addDays(today, 3);
/** The engine's clock: real time, until the test moves it to the draw date. */
let aheadMs = 0;
const clock = { now: () => new Date(Date.now() + aheadMs) };

let env: TestEngine;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true, clock }), launchBrowser()]);
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A phone without JavaScript (axe runs in a second context); bypassCSP only so that axe can be injected. */
async function phonePage(): Promise<Page> {
  const context = await newPhoneContext(browser, { javaScriptEnabled: false, bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

const posted = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());

describe('the random selection of the OPDs to visit (phone, no JavaScript)', () => {
  it('is announced by the lead evaluator, shown to anyone, drawn from the values and rechecked', async () => {
    // Arrange: the lead evaluator on the selection page, in Bahasa Indonesia
    const lead = await phonePage();
    await signInAsDemo(lead, env.url, 'Ridwan Hakim');
    await lead.goto(`${env.url}/bahasa/id?next=${encodeURIComponent('/admin/pemilihan')}`);
    await lead.waitForURL(/\/admin\/pemilihan$/);

    // Act: a source whose value is known already is refused, with nothing announced
    await lead.getByLabel('Jumlah OPD yang diundi').fill('3');
    await lead.locator('#source-0-description').fill('Penutupan IHSG, dalam seperseratus poin');
    await lead.locator('#source-0-expected').fill(today);
    await lead.locator('#source-1-description').fill('Enam angka undian lotere nasional');
    await lead.locator('#source-1-expected').fill(sourcesOn);
    await lead.getByLabel('Tanggal undian').fill(drawOn);
    await lead.locator('#always-0-opd').selectOption('dinas-kesehatan');
    await lead.locator('#always-0-reason').fill('Penilaian mandiri tidak dikirim sampai tenggat.');
    let status = posted(lead);
    await lead.getByRole('button', { name: 'Umumkan' }).click();
    expect(await status).toBe(400);
    expect(await lead.getByRole('alert').textContent()).toContain('Nilai sumber harus belum diketahui');

    // Act: the dates put right, announced
    await lead.locator('#source-0-expected').fill(sourcesOn);
    status = posted(lead);
    await lead.getByRole('button', { name: 'Umumkan' }).click();

    // Assess
    expect(await status).toBe(303);
    await lead.waitForURL(/notice=announced$/);
    expect(await lead.getByRole('status').textContent()).toContain('Pemilihan diumumkan');
    expect(await axeFindings(browser, lead, false)).toEqual([]);

    // Act: an anonymous visitor opens the public page
    const visitor = await phonePage();
    await visitor.goto(`${env.url}/pemilihan/jambi/${year}`);

    // Assess: the pool with its positions, who is always visited and why, the sources, nothing drawn
    const pool = await visitor.locator('ol.pool li').allTextContents();
    expect(pool.length).toBeGreaterThan(3);
    expect(pool.join(' ')).not.toContain('(dinas-kesehatan)');
    expect(await visitor.locator('main').textContent()).toContain(
      'Penilaian mandiri tidak dikirim sampai tenggat.',
    );
    expect(await visitor.locator('main').textContent()).toContain('Belum diundi.');
    expect(await axeFindings(browser, visitor, false)).toEqual([]);
    await screenshot(visitor, 'selection-announced');

    // Act: on the draw date, the lead enters the values
    aheadMs = 3 * 24 * 3600 * 1000;
    await lead.goto(`${env.url}/admin/pemilihan`);
    await lead.getByLabel('1. Penutupan IHSG, dalam seperseratus poin').fill('723456');
    await lead.getByLabel('2. Enam angka undian lotere nasional').fill('45, 9, 18, 26, 34, 41');
    status = posted(lead);
    await lead.getByRole('button', { name: 'Undi dan terbitkan' }).click();
    expect(await status).toBe(303);

    // Assess: the key string, the digests and three OPDs, on the public page
    await visitor.reload();
    expect(await visitor.locator('code.key-string').textContent()).toBe('723456./9.18.26.34.41.45./');
    expect(await visitor.locator('ol.digests li').count()).toBe(3);
    expect(await visitor.locator('ol.selected li').count()).toBe(3);
    // Each selected OPD with its team of two, drawn from the announced evaluation team
    for (const team of await visitor.locator('ol.selected .team').allTextContents())
      expect(team).toMatch(/^Tim: [^,]+, [^,]+$/);
    await screenshot(visitor, 'selection-drawn');

    // Act: the record downloaded, rechecked from nothing else
    const downloading = visitor.waitForEvent('download');
    await visitor.getByRole('link', { name: 'Unduh catatan (JSON)' }).click();
    const record = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as Selection;

    // Assess
    expect(record.draws).toHaveLength(1);
    expect(verifySelection(record)).toMatchObject({ ok: true, problems: [] });
  });
});

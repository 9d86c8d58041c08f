import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import {
  readInstrumentFile,
  writeInstrumentFile,
} from '#functions/assessment/instrument-files/file-format.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  screenshot,
  signInAsDemo,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';
import { demoVersion } from '#test/support/instruments.ts';

const demo = smartCityInstrument2026;
const files = mkdtempSync(join(tmpdir(), 'siklus-instrument-'));

/** A next version with an aspect nobody defined on its first indicator line. */
const spoilt = (version: number) =>
  ({
    ...demoVersion(version),
    indicators: demoVersion(version).indicators.map((indicator, i) =>
      i === 0 ? { ...indicator, aspect: 'dampak' } : indicator,
    ),
  }) as unknown as Instrument;

/** An instrument written to a file of the temporary folder, as an admin saves it from Excel. */
async function fileOf(name: string, instrument: Instrument): Promise<string> {
  const path = join(files, name);
  writeFileSync(path, await writeInstrumentFile(instrument, name.endsWith('.csv') ? 'csv' : 'xlsx'));
  return path;
}

let env: TestEngine;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine(), launchBrowser()]);
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A demo person signed in on a phone, the pages in Bahasa Indonesia, on the instruments page. */
async function onInstruments(who: string, javaScriptEnabled: boolean): Promise<Page> {
  // bypassCSP only so that axe can be injected: the page itself runs no script.
  const context = await newPhoneContext(browser, { javaScriptEnabled, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  await signInAsDemo(page, env.url, who);
  await page.goto(`${env.url}/bahasa/id?next=${encodeURIComponent('/admin/instrumen')}`);
  await page.waitForURL(/\/admin\/instrumen$/);
  return page;
}

/** The status of the answer to the next form post. */
const posted = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());

/** What the page lists, a card per version. */
const versionsShown = (page: Page) =>
  page
    .locator('main .instrument-versions > li')
    .evaluateAll((cards) => cards.map((c) => c.textContent?.trim() ?? ''));

// One engine for both: the first publishes version 2, the second version 3.
describe.each([
  { mode: 'js', javaScriptEnabled: true, version: 2 },
  { mode: 'no-js', javaScriptEnabled: false, version: 3 },
])('the instruments page on a phone ($mode)', ({ mode, javaScriptEnabled, version }) => {
  it('downloads the stored version, refuses a spoilt file cell by cell, then publishes the next version', async () => {
    // Arrange
    const page = await onInstruments('Admin Smart City', javaScriptEnabled);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Instrumen evaluasi');
    expect(await versionsShown(page)).toHaveLength(version - 1);
    expect((await versionsShown(page))[0]).toContain(demo.title.id);

    // Act: download version 1 as CSV
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh CSV smart-city versi 1' }).click();
    const download = await downloading;

    // Assess: the file reads back as the stored instrument
    expect(download.suggestedFilename()).toBe('smart-city-v1.csv');
    const bytes = new Uint8Array(readFileSync(await download.path()));
    expect(await readInstrumentFile(bytes, 'csv', async () => undefined)).toStrictEqual({
      ok: true,
      instrument: demo,
    });

    // Act: upload a file with a bad cell
    await page
      .getByLabel('Berkas instrumen')
      .setInputFiles(await fileOf(`spoilt-${mode}.xlsx`, spoilt(version)));
    let status = posted(page);
    await page.getByRole('button', { name: 'Periksa dan terbitkan' }).click();

    // Assess: refused, the problem at its cell in Bahasa Indonesia, nothing stored
    expect(await status).toBe(400);
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('Indikator, baris 2, kolom D (aspect)');
    expect(await alert.textContent()).toContain('"dampak" tidak dikenal');
    expect(await axeFindings(browser, page, javaScriptEnabled)).toEqual([]);
    await screenshot(page, `instruments-refused-${mode}`);
    expect(await versionsShown(page)).toHaveLength(version - 1);

    // Act: upload the good file
    await page
      .getByLabel('Berkas instrumen')
      .setInputFiles(await fileOf(`next-${mode}.xlsx`, demoVersion(version)));
    status = posted(page);
    await page.getByRole('button', { name: 'Periksa dan terbitkan' }).click();

    // Assess: published, listed beside version 1
    expect(await status).toBe(303);
    await page.waitForURL(
      new RegExp(`/admin/instrumen\\?instrumen=smart-city&versi=${version}&hasil=stored$`),
    );
    expect(await page.getByRole('status').textContent()).toContain(
      `Diterbitkan: smart-city versi ${version}`,
    );
    expect(await versionsShown(page)).toHaveLength(version);
    expect(await axeFindings(browser, page, javaScriptEnabled)).toEqual([]);
    await screenshot(page, `instruments-published-${mode}`);

    // Act: the same version again, as CSV
    await page
      .getByLabel('Berkas instrumen')
      .setInputFiles(await fileOf(`again-${mode}.csv`, demoVersion(version)));
    status = posted(page);
    await page.getByRole('button', { name: 'Periksa dan terbitkan' }).click();

    // Assess: nothing changed, and the page says so
    expect(await status).toBe(303);
    expect(await page.getByRole('status').textContent()).toContain('tidak ada yang berubah');
    expect(await versionsShown(page)).toHaveLength(version);
  });
});

describe('the instruments page for an evaluator', () => {
  it('lists the versions to download, with no way to publish', async () => {
    // Act
    const page = await onInstruments('Ridwan Hakim', false);

    // Assess
    expect(await versionsShown(page)).not.toHaveLength(0);
    expect(await page.getByLabel('Berkas instrumen').count()).toBe(0);
    expect(await axeFindings(browser, page, false)).toEqual([]);
  });
});

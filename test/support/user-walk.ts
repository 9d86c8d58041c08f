import type { Page } from 'playwright-core';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { withDatabase } from '#infra/cli/database.ts';
import type { TestEngine } from './browser.ts';
import { fixedClock } from './fixed-clock.ts';

/** Fills every answer the innovation report requires but its evidence, as the walk does. */
export async function fillInnovationReport(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nama inovasi').fill(name);
  await page
    .getByLabel('Deskripsi inovasi')
    .fill('Pengaduan warga lewat aplikasi, ditindaklanjuti OPD terkait.');
  await page.getByLabel('Aplikasi', { exact: true }).check();
  await page.getByLabel('Rencana', { exact: true }).check();
  await page
    .getByLabel('Dimensi dan subdimensi Smart City')
    .selectOption({ label: 'Smart Governance: Pelayanan publik' });
  await page.getByLabel(/^Tingkat 1/).check();
  await page.getByLabel('Alamat aplikasi').fill('https://sikoja.jambikota.go.id');
}

/** Presses "Simpan draf" and waits for the saved draft; returns its id. */
export async function saveDraft(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await page.waitForURL(/\/forms\/innovation-report\/drafts\/[^/?]+\?saved=1$/);
  return new URL(page.url()).pathname.split('/').at(-1) as string;
}

/** The status texts of the page (`role="status"`): notices, and what the upload script says. */
export const statusTexts = (page: Page) => page.getByRole('status').allTextContents();

/** The path of the obligation page of an OPD's innovation report, as its links name it. */
export const obligationPath = (city: string, year: number, opd: string) =>
  `/kewajiban/${encodeURIComponent(obligationIdOf(city, year, opd, 'innovation-report'))}`;

/** The links and buttons of `main` smaller than `min` x `min` CSS pixels, as laid out now. */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  const found: string[] = [];
  for (const target of await page.locator('main a, main button').all()) {
    const box = await target.boundingBox();
    if (!box) continue;
    if (box.width < min || box.height < min) {
      const text = (await target.textContent())?.trim().replace(/\s+/g, ' ');
      found.push(`${text}: ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return found;
}

/** One email as the outbox page lists it. */
export interface ListedEmail {
  subject: string;
  to: string;
  /** The sending instant (ISO), from the listing's `<time datetime>`. */
  sentAt: string;
}

/** The outbox as its page lists it, newest first. */
export async function listedEmails(page: Page, url: string): Promise<ListedEmail[]> {
  await page.goto(`${url}/outbox`);
  return page.locator('ul.mail > li').evaluateAll((items) =>
    items.map((item) => ({
      subject: item.querySelector('.subject')?.textContent?.trim() ?? '',
      to: item.querySelectorAll('p')[2]?.textContent ?? '',
      sentAt: item.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
}

/** Reloads the outbox page every two seconds until an email `matches`, or `timeoutMs` passes. */
export async function waitForEmail(
  page: Page,
  url: string,
  matches: (email: ListedEmail) => boolean,
  timeoutMs: number,
): Promise<ListedEmail | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listedEmails(page, url)).find(matches);
    if (found || Date.now() > until) return found;
    await page.waitForTimeout(2000);
  }
}

/**
 * Starts this year's cycle of the demo city as if it had been kicked off on 5 January (the demo
 * year's first morning), with its default due dates (reports due at the end of October), then
 * its kick-off: a ten-month window whose reminder ladder has monthly reminders, which the test
 * cycle of three weeks cannot have.
 */
export async function startYearLongCycle(env: TestEngine, city: string, year: number): Promise<void> {
  await withDatabase(env.dirs, (db) =>
    startCycle(
      {
        directory: createDirectoryStore(db.documentClient, db.tableName),
        cycles: createCycleStore(db.documentClient, db.tableName),
      },
      fixedClock(`${year}-01-05T01:00:00Z`),
      {
        city,
        year,
      },
    ),
  );
  const kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  if (kickoff.status !== 'SUCCEEDED') throw new Error(`cycle-kickoff ${kickoff.status}: ${kickoff.error}`);
}

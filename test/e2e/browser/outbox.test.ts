import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPhoneContext,
  screenshot,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';

let env: TestEngine;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  // With a cycle started, the outbox holds the kick-off emails, each with its deadline as .ics.
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A fresh phone (390x844), its pages watched for console and uncaught errors. */
async function phonePage(): Promise<Page> {
  context = await newPhoneContext(browser);
  return context.newPage();
}

/** What the callbacks below use of the page's window (the project's types know no DOM). */
interface PageWindow {
  document: { scrollingElement: { scrollWidth: number } | null };
  innerWidth: number;
  getComputedStyle(element: unknown): { color: string };
}
const overflows = (page: Page) =>
  page.evaluate(() => {
    const window = globalThis as unknown as PageWindow;
    return (window.document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth;
  });
const wibTime = /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB$/u;
/** The newest email of the outbox, as a mail program reads it. */
async function newestEmail() {
  const name = readdirSync(env.dirs.outbox)
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .at(-1) as string;
  return { name, email: await PostalMime.parse(readFileSync(join(env.dirs.outbox, name), 'utf8')) };
}

describe('the outbox on a phone', () => {
  it('lists the emails newest first, in WIB, without overflowing the screen', async () => {
    const page = await phonePage();
    expect((await page.goto(`${env.url}/outbox`))?.status()).toBe(200);
    expect(await overflows(page)).toBe(false);
    const times = page.locator('.mail time');
    expect(await times.count()).toBeGreaterThan(1);
    for (const text of await times.allTextContents()) expect(text).toMatch(wibTime);
    const instants = await times.evaluateAll((all) => all.map((time) => time.getAttribute('datetime') ?? ''));
    expect(instants).toEqual([...instants].sort().reverse());
    expect(await page.locator('body').textContent()).not.toContain('GMT');
    await screenshot(page, 'outbox-list-phone');
  });

  it('shows an email: subject, headers in WIB, its HTML in a sandboxed frame, its text behind a toggle', async () => {
    const { name, email } = await newestEmail();
    const page = await phonePage();
    await page.goto(`${env.url}/outbox`);
    await page.locator('.mail .subject a').first().click();
    await page.waitForURL(`${env.url}/outbox/${name.replace(/\.eml$/, '')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(email.subject);
    expect(await page.locator('dd time').textContent()).toMatch(wibTime);
    expect(await overflows(page)).toBe(false);

    const frame = page.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('allow-top-navigation-by-user-activation');
    expect(await frame.getAttribute('srcdoc')).toBeTruthy();
    const inside = page.frameLocator('iframe');
    const emailHeading = /<h1[^>]*>([^<]*)<\/h1>/.exec(email.html ?? '')?.[1] ?? 'no heading';
    expect(await inside.locator('h1').textContent()).toBe(emailHeading);
    // Its own inline styles apply (allowed by hash): the heading keeps the email's colour.
    const color = await inside
      .locator('h1')
      .evaluate((h1) => (globalThis as unknown as PageWindow).getComputedStyle(h1).color);
    expect(color).toBe('rgb(11, 61, 110)');

    const details = page.locator('details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.locator('pre').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).toBe('');
    expect(await details.locator('pre').isVisible()).toBe(true);
    expect(await details.locator('pre').textContent()).toContain(emailHeading);
    expect(await overflows(page)).toBe(false);
    await screenshot(page, 'outbox-email-phone');
  });

  it('offers the .ics attachment as a calendar download and the raw email as .eml', async () => {
    const { name } = await newestEmail();
    const page = await phonePage();
    await page.goto(`${env.url}/outbox/${name.replace(/\.eml$/, '')}`);
    const ics = await page.getByRole('link', { name: /\.ics$/ }).getAttribute('href');
    const calendar = await page.context().request.get(`${env.url}${ics}`);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()['content-type']).toMatch(/^text\/calendar\b/);
    expect(calendar.headers()['content-disposition']).toMatch(/^attachment; filename="[^"]+\.ics"/);
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const raw = await page.getByRole('link', { name: 'Unduh .eml / Download .eml' }).getAttribute('href');
    expect(raw).toBe(`/outbox/${name}`);
    const eml = await page.context().request.get(`${env.url}${raw}`);
    expect(eml.headers()['content-type']).toMatch(/^message\/rfc822\b/);
  });

  it('opens the link of an email in the whole tab when it is followed', async () => {
    const { name } = await newestEmail();
    const page = await phonePage();
    await page.goto(`${env.url}/outbox/${name.replace(/\.eml$/, '')}`);
    const link = page.frameLocator('iframe').locator('a[href*="/l/"]').first();
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/l/'));
    expect(page.frames()).toHaveLength(1);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  headLink,
  launchBrowser,
  newPhoneContext,
  obligationOf,
  operatorLink,
  screenshot,
  secretaryLink,
  signInAsDemo,
  signInWithLink,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';

let env: TestEngine;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A fresh cookie jar at the phone viewport, its pages watched for console and uncaught errors. */
async function phoneContext(): Promise<BrowserContext> {
  const context = await newPhoneContext(browser);
  contexts.push(context);
  return context;
}

const phonePage = async () => (await phoneContext()).newPage();
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const sessionCookies = async (context: BrowserContext) =>
  (await context.cookies()).filter((c) => c.name === '__Host-siklus-session' && c.value !== '');
/** The status a page of the session answers with, asked without navigating (same cookies). */
const statusOf = async (context: BrowserContext, path: string) =>
  (await context.request.get(`${env.url}${path}`, { maxRedirects: 0 })).status();
/** Opens a page the session must be refused, and checks the status and the page's title. */
async function openRefused(page: Page, path: string, status: 401 | 403, title: string): Promise<void> {
  expect((await page.goto(`${env.url}${path}`))?.status()).toBe(status);
  expect(await heading(page)).toBe(title);
}
const obligationPath = `/kewajiban/${obligationOf('diskominfo')}`;

describe('signing in with a link from an email (phone)', () => {
  it('starts no session when the link is only opened, and one when its button is pressed', async () => {
    const page = await phonePage();
    const link = `${env.url}${await env.link(operatorLink)}`;

    // Act: open the link twice, as a mail scanner and then the person would
    await page.goto(link);
    const response = await page.goto(link);

    // Assess: a confirmation naming Rina and the form, and no session yet
    expect(response?.status()).toBe(200);
    expect(await heading(page)).toBe('Masuk ke Siklus');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Rina Operator Diskominfo');
    expect(main).toContain('Laporan Inovasi OPD');
    expect(await page.locator('main form').getAttribute('action')).toBe('/l/open');
    await screenshot(page, 'link-confirm');
    expect(await sessionCookies(page.context())).toEqual([]);
    expect(await statusOf(page.context(), '/tugas')).toBe(401);

    // Act: press the button
    expect(await signInWithLink(page, link)).toBe('/forms/innovation-report/new');

    // Assess: signed in as Rina
    expect(await sessionCookies(page.context())).toHaveLength(1);
    expect(await statusOf(page.context(), '/tugas')).toBe(200);
  });

  it('refuses a confirmation posted without the CSRF cookie and starts no session', async () => {
    const page = await phonePage();
    await page.goto(`${env.url}${await env.link(operatorLink)}`);
    const form = page.locator('main form[action="/l/open"]');
    const fields = {
      _csrf: (await form.locator('input[name="_csrf"]').getAttribute('value')) ?? '',
      token: (await form.locator('input[name="token"]').getAttribute('value')) ?? '',
    };
    expect(fields._csrf).not.toBe('');
    expect(fields.token).not.toBe('');
    // Another site's form carries the token and a CSRF value, but the browser sends no cookie of this site
    const elsewhere = await phoneContext();

    const response = await elsewhere.request.post(`${env.url}/l/open`, {
      form: fields,
      maxRedirects: 0,
      headers: { origin: 'https://elsewhere.example.org' },
    });

    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Formulir kedaluwarsa');
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__Host-siklus-session=');
    expect(await sessionCookies(elsewhere)).toEqual([]);
    expect(await statusOf(elsewhere, '/tugas')).toBe(401);
    expect(await sessionCookies(page.context())).toEqual([]);
    expect(await statusOf(page.context(), '/tugas')).toBe(401);
  });

  it('shows the city secretary the obligation and refuses the admin pages, admin as she is', async () => {
    const page = await phonePage();

    expect(await signInWithLink(page, `${env.url}${await env.link(secretaryLink)}`)).toBe(obligationPath);

    expect(await heading(page)).toBe('Laporan Inovasi OPD');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Sekretaris Daerah Kota Jambi');
    expect(main).toContain('Dinas Komunikasi dan Informatika');
    expect(main).toContain('Belum dikirim');
    expect(await page.getByRole('link', { name: 'Kewajiban OPD' }).count()).toBe(0);
    await screenshot(page, 'link-secretary-obligation');
    await openRefused(page, '/admin/kewajiban', 403, 'Tidak diizinkan');
    expect(await statusOf(page.context(), '/tugas')).toBe(403);
    expect(await statusOf(page.context(), `/kewajiban/${obligationOf('bappeda')}`)).toBe(404);
  });

  it('shows the head of the OPD the obligation, not a form, and refuses the form', async () => {
    const page = await phonePage();

    expect(await signInWithLink(page, `${env.url}${await env.link(headLink)}`)).toBe(obligationPath);

    expect(await heading(page)).toBe('Laporan Inovasi OPD');
    expect(await page.locator('main').textContent()).toContain('Kepala Diskominfo');
    expect(await page.locator('form[data-form]').count()).toBe(0);
    await openRefused(page, '/forms/innovation-report/new', 403, 'Tidak diizinkan');
    expect(await statusOf(page.context(), '/tugas')).toBe(403);
  });

  it("lets an operator's link reach the to-do list and the form, and nothing of the admins", async () => {
    const page = await phonePage();

    expect(await signInWithLink(page, `${env.url}${await env.link(operatorLink)}`)).toBe(
      '/forms/innovation-report/new',
    );

    expect(await heading(page)).toBe('Laporan Inovasi OPD');
    expect((await page.goto(`${env.url}/tugas`))?.status()).toBe(200);
    expect(await heading(page)).toBe('Daftar tugas');
    // The innovation report's row (the to-do list also offers the self-assessment).
    await page
      .locator('a[href="/forms/innovation-report/new"]')
      .filter({ hasText: /^Mulai/ })
      .click();
    await page.waitForURL(/\/forms\/innovation-report\/new$/);
    expect(await page.locator('form[data-form]').count()).toBe(1);
    await openRefused(page, '/admin/kewajiban', 403, 'Tidak diizinkan');
    // Another OPD's obligation is not this link's either
    expect(await statusOf(page.context(), `/kewajiban/${obligationOf('dinas-kesehatan')}`)).toBe(404);
  });

  it("ends every session of the person on sign-out everywhere, another browser's too", async () => {
    const phone = await phonePage();
    const desktop = await phonePage();
    await signInWithLink(phone, `${env.url}${await env.link(operatorLink)}`);
    await signInAsDemo(desktop, env.url, 'Rina Operator Diskominfo');
    expect(await statusOf(desktop.context(), '/tugas')).toBe(200);

    await phone.getByRole('button', { name: 'Keluar dari semua perangkat', exact: true }).click();

    await phone.waitForURL(/\/auth\/logout-everywhere$/);
    expect(await heading(phone)).toBe('Anda telah keluar');
    expect(await sessionCookies(phone.context())).toEqual([]);
    expect(await statusOf(phone.context(), '/tugas')).toBe(401);
    await openRefused(desktop, '/tugas', 401, 'Silakan masuk');
  });

  it('ends the first session of a browser when another demo person signs in there', async () => {
    const context = await phoneContext();
    const rina = await context.newPage();
    const stale = await context.newPage();
    // A second tab still shows the start page, with its sign-in buttons
    await stale.goto(env.url);
    await signInAsDemo(rina, env.url, 'Rina Operator Diskominfo');
    const [first] = await sessionCookies(context);
    expect(first).toBeDefined();

    await stale.bringToFront();
    await stale.getByRole('button', { name: 'Budi Operator Dinkes', exact: true }).click();
    await stale.waitForURL(/\/tugas$/);

    expect(await stale.locator('main').textContent()).toContain('Masuk sebagai: Budi Operator Dinkes');
    const [second] = await sessionCookies(context);
    expect(second?.value).not.toBe(first?.value);
    const replay = await phoneContext();
    if (first) await replay.addCookies([first]);
    expect(await statusOf(replay, '/tugas')).toBe(401);
  });
});

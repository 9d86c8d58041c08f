import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPhoneContext,
  operatorLink,
  screenshot,
  signInWithLink,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';

let env: TestEngine;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** Each test gets its own cookie jar. */
async function freshPage(): Promise<Page> {
  await context?.close();
  context = await newPhoneContext(browser);
  return context.newPage();
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** The page's title once the navigation under way has landed (the address may not change). */
const headingBecomes = (page: Page, text: string) =>
  expect.poll(() => heading(page), { timeout: 10_000 }).toBe(text);
const sessionCookies = async () =>
  (await context.cookies()).filter((c) => c.name === '__Host-siklus-session' && c.value !== '');
const outbox = () => readdirSync(env.dirs.outbox).filter((name) => name.endsWith('.eml'));
/** Signs in with Rina's link, then opens her to-do list. */
async function rinaOnTodo(page: Page): Promise<void> {
  await signInWithLink(page, `${env.url}${await env.link(operatorLink)}`);
  await page.goto(`${env.url}/tugas`);
}

/** The plain-text part of an outbox mail (base64, the first part). */
function mailText(file: string): string {
  const eml = readFileSync(join(env.dirs.outbox, file), 'utf8');
  const [, body = ''] = eml.split(
    'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n',
  );
  return Buffer.from(body.split('\r\n--')[0] ?? '', 'base64').toString('utf8');
}

describe('the pages around the forms', () => {
  it('remembers the language chosen in the header on the next pages', async () => {
    const page = await freshPage();
    await rinaOnTodo(page);
    expect(await heading(page)).toBe('Daftar tugas');

    await page.getByRole('link', { name: 'English' }).click();

    await headingBecomes(page, 'To-do list');
    await screenshot(page, 'pages-todo-english');
    await page
      .locator('a[href="/forms/innovation-report/new"]')
      .filter({ hasText: /^Start/ })
      .click();
    await headingBecomes(page, 'OPD innovation report');
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'pages-form-english');
  });

  it('ends the session on sign-out, also for a copy of its cookie', async () => {
    const page = await freshPage();
    await rinaOnTodo(page);
    const [cookie] = await sessionCookies();
    expect(cookie).toBeDefined();

    await page.getByRole('button', { name: 'Keluar', exact: true }).click();

    await page.waitForURL(`${env.url}/`);
    expect(await sessionCookies()).toEqual([]);
    if (cookie) await context.addCookies([cookie]);
    const response = await page.goto(`${env.url}/tugas`);
    expect(response?.status()).toBe(401);
    expect(await heading(page)).toBe('Silakan masuk');
    await screenshot(page, 'pages-sign-in-required');
  });

  it('offers a fresh link for an expired one and mails it once however often it is asked', async () => {
    const page = await freshPage();
    const expired = `${env.url}${await env.link(operatorLink, -60)}`;
    // The kick-off mails of the cycle are there already
    const kickoff = new Set(outbox());
    const sent = () => outbox().filter((name) => !kickoff.has(name));
    const response = await page.goto(expired);
    expect(response?.status()).toBe(410);
    expect(await heading(page)).toBe('Tautan sudah kedaluwarsa');
    expect(await sessionCookies()).toEqual([]);
    await screenshot(page, 'pages-link-expired');
    expect(sent()).toEqual([]);

    await page.getByRole('button', { name: 'Kirim tautan baru' }).click();
    await page.waitForURL(/\/l\/renew$/);
    expect(await page.locator('main').textContent()).toContain('Tautan baru sudah dikirim.');
    await screenshot(page, 'pages-fresh-link-sent');
    await page.goto(expired);
    await page.getByRole('button', { name: 'Kirim tautan baru' }).click();
    await page.waitForURL(/\/l\/renew$/);

    const mails = sent();
    expect(mails).toHaveLength(1);
    const text = mailText(mails[0] ?? '');
    expect(text).toContain('Yth. Rina Operator Diskominfo');
    const fresh = /http:\/\/localhost:\d+\/l\/\S+/.exec(text)?.[0] ?? '';
    expect(await signInWithLink(page, fresh)).toBe('/forms/innovation-report/new');
  });

  it('opens nothing for a tampered link', async () => {
    const page = await freshPage();
    const [body = '', signature] = (await env.link(operatorLink)).slice('/l/'.length).split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...payload, opd: 'dinas-kesehatan' })).toString('base64url');

    const response = await page.goto(`${env.url}/l/${forged}.${signature}`);

    expect(response?.status()).toBe(400);
    expect(await heading(page)).toBe('Tautan tidak sah');
    expect(await sessionCookies()).toEqual([]);
    await screenshot(page, 'pages-link-invalid');
    expect((await page.goto(`${env.url}/tugas`))?.status()).toBe(401);
  });

  it('refuses a form post with a wrong CSRF token, saves nothing, and keeps what was typed', async () => {
    const page = await freshPage();
    await rinaOnTodo(page);
    const items = () => page.locator('main a[href*="/drafts/"], main a[href^="/submissions/"]').count();
    const before = await items();
    await page.goto(`${env.url}/forms/innovation-report/new`);
    await page.getByLabel('Nama inovasi').fill('Lapor Jambi');
    const csrf = page.locator('form[data-form] input[name="_csrf"]');
    expect(await csrf.count()).toBe(1);
    // In the page, as a stale tab or a forged form would post it (this project has no DOM types).
    await csrf.evaluate((input) => {
      (input as unknown as { value: string }).value = 'not-the-session-token';
    });

    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Simpan draf' }).click();

    expect((await refused).status()).toBe(403);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Formulir ini sudah kedaluwarsa');
    expect(await page.getByLabel('Nama inovasi').inputValue()).toBe('Lapor Jambi');
    await screenshot(page, 'pages-csrf-refused');
    await page.goto(`${env.url}/tugas`);
    expect(await items()).toBe(before);
  });

  it('offers a one-click sign-in for each demo role, the city secretary and each evaluator included, and any seeded person', async () => {
    const page = await freshPage();
    await page.goto(env.url);
    await screenshot(page, 'pages-start');
    const people = [
      ['Rina Operator Diskominfo', 'Operator OPD · Dinas Komunikasi dan Informatika', /\/tugas$/],
      ['Budi Operator Dinkes', 'Operator OPD · Dinas Kesehatan', /\/tugas$/],
      ['Kepala Diskominfo', 'Kepala OPD · Dinas Komunikasi dan Informatika', /\/tugas$/],
      ['Ridwan Hakim', 'Ketua Tim Evaluasi Smart City', /\/admin\/kewajiban$/],
      [
        'Sri Wahyuni',
        'Tim evaluasi · staf Badan Perencanaan Pembangunan Daerah (Bappeda)',
        /\/admin\/kewajiban$/,
      ],
      ['Dewi Kartikasari', 'Tim evaluasi · staf Inspektorat', /\/admin\/kewajiban$/],
      ['Ahmad Fauzi', 'Tim evaluasi · konflik kepentingan dengan Dinas Kesehatan', /\/admin\/kewajiban$/],
      ['Nurul Hidayah', 'Tim evaluasi', /\/admin\/kewajiban$/],
      ['Admin Smart City', 'Admin', /\/admin\/kewajiban$/],
      ['Sekretaris Daerah Kota Jambi', 'Admin', /\/admin\/kewajiban$/],
    ] as const;
    const buttons = page.locator('main ul.demo-people form[action="/demo/sign-in"] button');
    expect(await buttons.allTextContents()).toEqual(people.map(([name]) => name));
    const hints = page.locator('main ul.demo-people .hint');
    expect(await hints.allTextContents()).toEqual(people.map(([, hint]) => hint));
    for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox())))
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);

    for (const [name, , landing] of people) {
      const signIn = await freshPage();
      await signIn.goto(env.url);
      await signIn.getByRole('button', { name }).click();
      await signIn.waitForURL(landing);
      // In the person's stored language: the demo admin reads English.
      const signedIn = name === 'Admin Smart City' ? 'Signed in as' : 'Masuk sebagai';
      expect(await signIn.locator('main').textContent()).toContain(`${signedIn}: ${name}`);
    }

    const someone = await freshPage();
    await someone.goto(env.url);
    await someone.getByLabel('Orang lain di kota demo').selectOption('kepala-bappeda');
    await someone.getByRole('button', { name: 'Masuk', exact: true }).click();
    await someone.waitForURL(/\/tugas$/);
    expect(await someone.locator('main').textContent()).toContain('Masuk sebagai: Kepala Badan Perencanaan');
  });

  it('switches the fresh-link confirmation to English without calling the link invalid', async () => {
    const tab = await (await newPhoneContext(browser)).newPage();
    await tab.goto(`${env.url}${await env.link(operatorLink, -60)}`);
    await tab.getByRole('button', { name: 'Kirim tautan baru' }).click();
    await tab.waitForURL(/\/l\/renew$/);
    const landed = tab.waitForResponse(
      (r) => r.request().isNavigationRequest() && !r.url().includes('/bahasa/'),
    );

    await tab.getByRole('link', { name: 'English' }).click();

    expect((await landed).status()).toBeLessThan(400);
    expect(await tab.getAttribute('html', 'lang')).toBe('en');
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).not.toBe('Invalid link');
  });

  it('switches the language of a refused sign-out to a page, not to a JSON error', async () => {
    const tab = await (await newPhoneContext(browser)).newPage();
    await rinaOnTodo(tab);
    await tab.locator('form[action="/auth/logout"] input[name="_csrf"]').evaluate((input) => {
      (input as unknown as { value: string }).value = 'not-the-session-token';
    });
    await tab.getByRole('button', { name: 'Keluar', exact: true }).click();
    await tab.waitForURL(/\/auth\/logout$/);
    const landed = tab.waitForResponse(
      (r) => r.request().isNavigationRequest() && !r.url().includes('/bahasa/'),
    );

    await tab.getByRole('link', { name: 'English' }).click();

    const response = await landed;
    expect(response.status()).toBeLessThan(400);
    expect(response.headers()['content-type']).toContain('text/html');
  });
});

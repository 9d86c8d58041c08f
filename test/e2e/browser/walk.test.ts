import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newPhoneContext,
  operatorLink,
  screenshot,
  signInWithLink,
  smallPdf,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';

let env: TestEngine;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The links to submissions on the to-do list, read in a second tab of the same session; then the
 * form's tab comes to the front again (a background tab's animation frames are throttled, which
 * makes every action there wait seconds for the element to be "stable").
 */
async function submissionLinks(todo: Page, back: Page): Promise<string[]> {
  await todo.bringToFront();
  await todo.goto(`${env.url}/tugas`);
  const links = await todo
    .locator('a[href^="/submissions/"]')
    .evaluateAll((found) => found.map((a) => a.getAttribute('href') ?? ''));
  await back.bringToFront();
  return links;
}

describe.each([
  { mode: 'js', javaScriptEnabled: true },
  { mode: 'no-js', javaScriptEnabled: false },
])('the innovation report walk ($mode)', ({ mode, javaScriptEnabled }) => {
  // An engine of its own: the link lands on the report only while the OPD has not sent one.
  beforeAll(async () => {
    env = await startTestEngine({ cycle: true });
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('goes from a signed link to a submission that only its own OPD can open', async () => {
    const shot = (page: Page, step: string) => screenshot(page, `walk-${mode}-${step}`);
    const context = await newPhoneContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    const todo = await context.newPage();

    // Act: open the link from the email and sign in
    const landing = await signInWithLink(page, `${env.url}${await env.link(operatorLink)}`);

    // Assess: signed in as Rina, on a new innovation report
    expect(landing).toBe('/forms/innovation-report/new');
    await expect.poll(() => page.getByText('Masuk sebagai: Rina Operator Diskominfo').isVisible()).toBe(true);
    await shot(page, '01-new-form');
    const before = await submissionLinks(todo, page);

    // Act: press Kirim on the empty form
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    // Assess: the browser itself refuses (Nama inovasi carries `required`), nothing is posted
    expect(await page.locator('#field-name:invalid').count()).toBe(1);
    expect(posts).toEqual([]);

    // Act: fill the report but the application address, required only for an application
    await page.getByLabel('Nama inovasi').fill('Sikoja');
    await page
      .getByLabel('Deskripsi inovasi')
      .fill('Pengaduan warga lewat aplikasi, ditindaklanjuti OPD terkait.');
    await page.getByLabel('Aplikasi', { exact: true }).check();
    await page.getByLabel('Rencana', { exact: true }).check();
    await page
      .getByLabel('Dimensi dan subdimensi Smart City')
      .selectOption({ label: 'Smart Governance: Pelayanan publik' });
    await page.getByLabel(/^Tingkat 1/).check();
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    // Assess: the server's error summary and the field's message, in Bahasa Indonesia
    expect((await refused).status()).toBe(400);
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Ada isian yang perlu diperbaiki');
    expect(await summary.getByRole('link', { name: 'Alamat aplikasi wajib diisi.' }).count()).toBe(1);
    expect(await page.locator('#field-applicationUrl-error').textContent()).toContain('wajib diisi');
    expect(await page.getByLabel('Nama inovasi').inputValue()).toBe('Sikoja');
    await shot(page, '02-form-with-errors');
    expect(await submissionLinks(todo, page)).toEqual(before);

    // Act: save the draft
    await page.getByRole('button', { name: 'Simpan draf' }).click();

    // Assess: on the draft, saved
    await page.waitForURL(/\/forms\/innovation-report\/drafts\/[^/?]+\?saved=1$/);
    expect(await page.getByRole('status').filter({ hasText: 'Draf tersimpan.' }).count()).toBe(1);
    await shot(page, '03-draft-saved');

    // Act + Assess: after a reload the answers are still there
    await page.reload();
    expect(await page.getByLabel('Nama inovasi').inputValue()).toBe('Sikoja');
    expect(await page.getByLabel('Aplikasi', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Rencana', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Dimensi dan subdimensi Smart City').inputValue()).toBe(
      'governance.public-services',
    );
    expect(await page.getByLabel(/^Tingkat 1/).isChecked()).toBe(true);

    // Act: finish, with an evidence document
    await page.getByLabel('Alamat aplikasi').fill('https://sikoja.jambikota.go.id');
    const picker = page.getByLabel('Dokumen bukti');
    if (javaScriptEnabled) {
      await picker.setInputFiles(smallPdf);
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContain(`Terlampir: ${smallPdf.name}`);
    } else {
      // Without the page's script the file can only travel with the form itself
      expect(await page.locator('form[data-form]').getAttribute('enctype')).toBe('multipart/form-data');
      expect(await picker.getAttribute('name')).toBe('evidenceDocument.file');
      await picker.setInputFiles(smallPdf);
    }
    await shot(page, '04-draft-finished');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    // Assess: the submission, read-only, with its form version and its time in WIB
    await page.waitForURL(/\/submissions\/[^/]+$/);
    const submissionPath = new URL(page.url()).pathname;
    const main = page.locator('main');
    expect(await page.getByRole('status').textContent()).toContain('Terkirim');
    expect(await main.textContent()).toContain('innovation-report v1');
    expect(await main.textContent()).toMatch(/\d{2}\.\d{2} WIB/);
    expect(await main.textContent()).toContain(smallPdf.name);
    await shot(page, '05-submission');

    // Assess: the OPD's to-do list shows it
    expect((await submissionLinks(todo, page)).sort()).toEqual([...before, submissionPath].sort());
    await shot(todo, '06-todo');
    await context.close();

    // Act: an operator of another OPD signs in on the start page and opens the same address
    const other = await newPhoneContext(browser, { javaScriptEnabled });
    const budi = await other.newPage();
    await budi.goto(env.url);
    await shot(budi, '07-start');
    await budi.getByRole('button', { name: 'Budi Operator Dinkes' }).click();
    await budi.waitForURL(/\/tugas$/);
    const response = await budi.goto(`${env.url}${submissionPath}`);

    // Assess: for Dinkes it does not exist
    expect(response?.status()).toBe(404);
    expect(await budi.getByRole('heading', { level: 1 }).textContent()).toBe('Tidak ditemukan');
    await shot(budi, '08-not-found');
    await other.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AxeResults,
  headLink,
  launchBrowser,
  newPhoneContext,
  operatorLink,
  runAxe,
  screenshot,
  serious,
  signInAsDemo,
  signInWithLink,
  smallPdf,
  startTestEngine,
  type TestEngine,
  tally,
  writeArtifact,
} from '#test/support/browser.ts';

let env: TestEngine;
let browser: Browser;

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

describe('accessibility of every page (axe-core, on a phone)', () => {
  it('finds no serious or critical violation on any page', async () => {
    const results: Record<string, AxeResults & { url: string; status: number | undefined }> = {};
    let status: number | undefined;
    const check = async (page: Page, name: string) => {
      await screenshot(page, `a11y-${name}`);
      results[name] = { url: new URL(page.url()).pathname, status, ...(await runAxe(page)) };
    };
    const open = async (page: Page, path: string) => {
      status = (await page.goto(`${env.url}${path}`))?.status();
    };
    const posted = (page: Page) =>
      page
        .waitForResponse((r) => r.request().method() === 'POST')
        .then((r) => {
          status = r.status();
        });
    // bypassCSP only so that axe can be injected: the pages allow nothing but their own script files.
    const guest = await (await newPhoneContext(browser, { bypassCSP: true })).newPage();
    const rina = await (await newPhoneContext(browser, { bypassCSP: true })).newPage();

    await open(guest, '/');
    await check(guest, 'start');
    await open(guest, await env.link(operatorLink, -60));
    await check(guest, 'link-expired');
    const [body = '', signature = ''] = (await env.link(operatorLink)).split('.');
    await open(guest, `${body}x.${signature}`);
    await check(guest, 'link-invalid');
    await open(guest, '/tugas');
    await check(guest, 'sign-in-required');

    const link = await env.link(operatorLink);
    await open(rina, link);
    await check(rina, 'link-confirm');
    await signInWithLink(rina, `${env.url}${link}`);
    await open(rina, '/tugas');
    await check(rina, 'todo');
    await open(rina, '/forms/innovation-report/new');
    await check(rina, 'form-new');

    await rina.getByLabel('Deskripsi inovasi').fill('Pengaduan warga lewat aplikasi.');
    await rina.getByLabel('Aplikasi', { exact: true }).check();
    await rina.getByLabel('Berjalan', { exact: true }).check();
    await rina.getByLabel('Nama inovasi').fill('Sikoja');
    await rina.getByLabel('Dimensi dan subdimensi Smart City').selectOption({ index: 1 });
    await rina.getByLabel(/^Tingkat 2/).check();
    const refused = posted(rina);
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();
    await refused;
    await rina.getByRole('alert').waitFor();
    await check(rina, 'form-errors');

    await rina.getByRole('button', { name: 'Simpan draf' }).click();
    await rina.waitForURL(/\?saved=1$/);
    status = 200;
    await check(rina, 'draft-saved');

    await rina.getByLabel('Tanggal peluncuran').fill('2025-03-01');
    await rina.getByLabel('Alamat aplikasi').fill('https://sikoja.jambikota.go.id');
    await rina.getByLabel('Jumlah penerima manfaat').fill('12000');
    await rina.getByLabel('Dokumen bukti').setInputFiles(smallPdf);
    await rina.getByText(`Terlampir: ${smallPdf.name}`).waitFor();
    await check(rina, 'draft-file-attached');
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    const submission = new URL(rina.url()).pathname;
    await open(rina, submission);
    await check(rina, 'submission');
    await open(rina, '/tugas');
    await check(rina, 'todo-submitted');

    await open(rina, '/admin/kewajiban');
    await check(rina, 'out-of-scope');

    const budi = await (await newPhoneContext(browser, { bypassCSP: true })).newPage();
    await signInAsDemo(budi, env.url, 'Budi Operator Dinkes');
    await open(budi, submission);
    await check(budi, 'not-found');

    const head = await (await newPhoneContext(browser, { bypassCSP: true })).newPage();
    await open(head, await signInWithLink(head, `${env.url}${await env.link(headLink)}`));
    await check(head, 'obligation');

    writeArtifact(
      'axe-summary.json',
      Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            url: r.url,
            status: r.status,
            rulesPassed: r.passed,
            violations: tally(r.violations),
            incomplete: tally(r.incomplete),
          },
        ]),
      ),
    );
    expect(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.status]))).toEqual({
      start: 200,
      'link-expired': 410,
      'link-invalid': 400,
      'sign-in-required': 401,
      'link-confirm': 200,
      todo: 200,
      'form-new': 200,
      'form-errors': 400,
      'draft-saved': 200,
      'draft-file-attached': 200,
      submission: 200,
      'todo-submitted': 200,
      'out-of-scope': 403,
      'not-found': 404,
      obligation: 200,
    });
    const blocking = Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        serious(r.violations).map((v) => ({ ...v, page: name })),
      ]),
    );
    expect(Object.values(blocking).flat()).toEqual([]);
    for (const r of Object.values(results)) expect(r.passed).toBeGreaterThan(10);
  });
});

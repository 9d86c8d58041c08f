import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Obligation } from '#functions/obligations/model.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { addWorkingDays, defaultCalendar } from '#functions/platform/time/calendar.ts';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';
import { withDatabase } from '#infra/cli/database.ts';
import {
  launchBrowser,
  newPhoneContext,
  obligationOf,
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
  testCycle,
  writeArtifact,
} from '#test/support/browser.ts';

// The engine runs on real time: the cycle is this year's, due three weeks of working days from now.
const { today, year, due } = testCycle;
const newDue = addWorkingDays(defaultCalendar(year, 'Asia/Jakarta'), due, 5);
const nextSaturday = (() => {
  let day = addDays(today, 1);
  while (isoWeekday(day) !== 6) day = addDays(day, 1);
  return day;
})();

let env: TestEngine;
let browser: Browser;

/** An obligation as the engine's table holds it now. */
const stored = (opd: string): Promise<Obligation | undefined> =>
  withDatabase(env.dirs, (db) =>
    createObligationStore(db.documentClient, db.tableName).get(obligationOf(opd)),
  );

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

const contexts: BrowserContext[] = [];

/** A phone (or other) context, its pages watched for console and uncaught errors. */
async function watchedContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await newPhoneContext(browser, options);
  contexts.push(context);
  return context;
}

const watchedPage = async (options: BrowserContextOptions = {}) => (await watchedContext(options)).newPage();

/** Signs a demo person in with one click on the start page; waits for the page they land on. */
async function signInAs(page: Page, name: string, landing: RegExp) {
  await page.goto(env.url);
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL(landing);
}

/**
 * The admin demo person, signed in from the start page: lands on the obligations. The demo admin
 * reads English; these pages are checked in Bahasa Indonesia, chosen with the header's switch.
 */
async function signInAsAdmin(options: BrowserContextOptions = {}) {
  const page = await watchedPage(options);
  await signInAs(page, 'Admin Smart City', /\/admin\/kewajiban$/);
  await page.goto(`${env.url}/bahasa/id?next=${encodeURIComponent('/admin/kewajiban')}`);
  await page.waitForURL(/\/admin\/kewajiban$/);
  return page;
}

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** An OPD's row of the table (a block of its own on a phone). */
const row = (page: Page, opd: string) => page.locator(`#kewajiban-${opd}`);
/** Unfolds the forms of an OPD's row (a `<details>`: no script needed). */
const unfold = (page: Page, opd: string) => row(page, opd).locator('summary').click();
/** The status of the answer to the next form post: a page (refused) or 303 to the list (done). */
const landed = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());
/** The OPDs of the rows shown. */
const shownOpds = (page: Page) =>
  page
    .locator('table.obligations-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.id.replace(/^kewajiban-/, '')));
/** The number on a count link at the top, e.g. of "Dibebaskan". */
const countOf = async (page: Page, status: string) =>
  Number(await page.locator(`.status-counts a.count--${status} strong`).textContent());

describe('the obligations page of the Smart City admin (phone, no JavaScript)', () => {
  it('moves one deadline and waives another, refusing bad input first in the person’s language', async () => {
    const page = await signInAsAdmin({ javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Kewajiban OPD' }).click();
    expect(await heading(page)).toBe('Kewajiban OPD');
    expect(await row(page, 'diskominfo').textContent()).toContain('Belum dikirim');
    await screenshot(page, 'admin-obligations');

    // A past date: the page again, the message beside the field, nothing changed
    const diskominfo = row(page, 'diskominfo');
    await unfold(page, 'diskominfo');
    await diskominfo
      .getByLabel('Tenggat baru untuk Dinas Komunikasi dan Informatika')
      .fill(addDays(today, -1));
    let status = landed(page);
    await diskominfo.getByRole('button', { name: /^Pindahkan tenggat/ }).click();
    expect(await status).toBe(400);
    // The rule the date breaks, named with the date in words
    expect(await page.getByRole('alert').textContent()).toContain('sudah lewat; pilih hari ini');
    await screenshot(page, 'admin-obligations-past-date');
    expect(await stored('diskominfo')).toMatchObject({ due, deadlineVersion: 1 });

    // A good date: moved, with a notice
    await row(page, 'diskominfo')
      .getByLabel('Tenggat baru untuk Dinas Komunikasi dan Informatika')
      .fill(newDue);
    status = landed(page);
    await row(page, 'diskominfo')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await status).toBe(303);
    await page.waitForURL(/\/admin\/kewajiban\?notice=moved/);
    expect(await page.getByRole('status').textContent()).toContain(
      'Tenggat dipindahkan; pengingatnya ikut pindah: Dinas Komunikasi dan Informatika',
    );
    expect(await stored('diskominfo')).toMatchObject({ due: newDue, deadlineVersion: 2, status: 'open' });
    expect(await row(page, 'diskominfo').textContent()).toContain('(versi tenggat 2)');

    // An empty reason, then a reason: waived, with a notice, and no more forms on its row
    const dinkes = () => row(page, 'dinas-kesehatan');
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
    await row(page, 'bappeda')
      .getByLabel(/^New deadline for /)
      .fill(nextSaturday);
    const status = landed(page);
    await row(page, 'bappeda')
      .getByRole('button', { name: /^Move deadline/ })
      .click();

    expect(await status).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('is not a working day');
    expect(await stored('bappeda')).toMatchObject({ due, deadlineVersion: 1 });
  });

  it('shows the page, without forms, to the evaluator and refuses it to an OPD operator', async () => {
    const evaluator = await watchedPage();
    await signInAs(evaluator, 'Ridwan Hakim', /\/admin\/kewajiban$/);
    expect(await heading(evaluator)).toBe('Kewajiban OPD');
    expect(await evaluator.locator('main form[method="post"]').count()).toBe(0);
    expect(await evaluator.locator('main details').count()).toBe(0);
    expect(await evaluator.getByRole('columnheader', { name: 'Ubah' }).count()).toBe(0);
    // Reading needs no form but the filter, which only reads
    expect(await evaluator.locator('main form[method="get"][role="search"]').count()).toBe(1);

    // Rina signed in with her own account: her role is refused
    const rina = await watchedPage();
    await signInAsDemo(rina, env.url, 'Rina Operator Diskominfo');
    expect(await rina.getByRole('link', { name: 'Kewajiban OPD' }).count()).toBe(0);
    const response = await rina.goto(`${env.url}/admin/kewajiban`);
    expect(response?.status()).toBe(403);
    expect(await heading(rina)).toBe('Tidak diizinkan');
    expect(await rina.locator('main').textContent()).toContain('Peran Anda tidak dapat melakukan ini.');

    // Rina signed in with the link from her reminder: refused as well
    const linked = await watchedPage();
    await signInWithLink(linked, `${env.url}${await env.link(operatorLink)}`);
    await linked.goto(`${env.url}/tugas`);
    expect(await heading(linked)).toBe('Daftar tugas');
    expect(await linked.getByRole('link', { name: 'Kewajiban OPD' }).count()).toBe(0);
    const fromLink = await linked.goto(`${env.url}/admin/kewajiban`);
    expect(fromLink?.status()).toBe(403);
    expect(await heading(linked)).toBe('Tidak diizinkan');
  });

  it('has no serious or critical axe violation, with a notice or an error', async () => {
    // bypassCSP only so that axe can be injected: the page itself runs no script.
    const page = await signInAsAdmin({ bypassCSP: true });
    await page.goto(`${env.url}/admin/kewajiban`);
    const listed = await runAxe(page);

    const filtered = await (async () => {
      await page.goto(`${env.url}/admin/kewajiban?status=open&opd=dinas`);
      return runAxe(page);
    })();
    await page.goto(`${env.url}/admin/kewajiban`);

    await unfold(page, 'bpkad');
    await row(page, 'bpkad')
      .getByLabel(/^Tenggat baru untuk /)
      .fill(nextSaturday);
    const refused = landed(page);
    await row(page, 'bpkad')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await refused).toBe(400);
    await screenshot(page, 'admin-obligations-error');
    const withError = await runAxe(page);
    await row(page, 'bpkad')
      .getByLabel(/^Tenggat baru untuk /)
      .fill(newDue);
    const moved = landed(page);
    await row(page, 'bpkad')
      .getByRole('button', { name: /^Pindahkan tenggat/ })
      .click();
    expect(await moved).toBe(303);
    await page.waitForURL(/notice=moved/);
    const withNotice = await runAxe(page);

    const results = { listed, filtered, withError, withNotice };
    writeArtifact('axe-admin-obligations.json', {
      violations: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, tally(r.violations)])),
    });
    for (const result of Object.values(results)) {
      expect(result.passed).toBeGreaterThan(0);
      expect(serious(result.violations)).toEqual([]);
    }
  });
});

interface Layout {
  height: number;
  overflow: number;
  rowDisplay: string;
  headVisible: boolean;
  cellLabel: string;
}

/** Page size and what overflows it, as the browser laid it out (run in the page, hence a string). */
const layoutOf = (page: Page) =>
  page.evaluate<Layout>(`(() => {
    const root = document.documentElement;
    const row = document.querySelector('table.obligations-table tbody tr');
    const cell = row && row.querySelectorAll('td[data-label]')[1];
    const head = document.querySelector('table.obligations-table thead');
    return {
      height: root.scrollHeight,
      overflow: root.scrollWidth - root.clientWidth,
      rowDisplay: row ? getComputedStyle(row).display : '',
      headVisible: head ? head.getBoundingClientRect().height > 1 : false,
      cellLabel: cell ? getComputedStyle(cell, '::before').content : '',
    };
  })()`);

describe('the obligations page at a glance: counts, filters, links, phone and wide screen', () => {
  it('lands the evaluator and the admin on the obligations, from sign-in and from the to-do list', async () => {
    const evaluator = await watchedPage();
    await signInAs(evaluator, 'Ridwan Hakim', /\/admin\/kewajiban$/);
    expect(new URL(evaluator.url()).pathname).toBe('/admin/kewajiban');
    expect(await heading(evaluator)).toBe('Kewajiban OPD');

    const admin = await signInAsAdmin();
    const response = await admin.goto(`${env.url}/tugas`);
    expect(new URL(admin.url()).pathname).toBe('/admin/kewajiban');
    expect(response?.request().redirectedFrom()?.url()).toBe(`${env.url}/tugas`);
    expect(await heading(admin)).toBe('Kewajiban OPD');
    expect(await admin.locator('main').textContent()).not.toContain('Belum dimulai');
  });

  it('fits a phone: one compact block per OPD, no sideways scrolling, far shorter than a card each', async () => {
    const page = await signInAsAdmin();

    const phoneLayout = await layoutOf(page);
    await screenshot(page, 'admin-obligations-phone');
    writeArtifact('admin-obligations-layout.json', { phone: phoneLayout });

    expect(await page.locator('table.obligations-table tbody tr').count()).toBe(30);
    expect(phoneLayout.overflow).toBeLessThanOrEqual(0);
    expect(phoneLayout.height).toBeLessThan(6000);
    expect(phoneLayout.rowDisplay).not.toBe('table-row');
    expect(phoneLayout.headVisible).toBe(false);
    expect(phoneLayout.cellLabel).toContain('Tenggat');
    // An unfolded row stays within the screen as well
    await unfold(page, 'bappeda');
    expect((await layoutOf(page)).overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'admin-obligations-phone-unfolded');
  });

  it('is a table with its column headers on a wide screen', async () => {
    const page = await signInAsAdmin({
      viewport: { width: 1280, height: 800 },
      isMobile: false,
      hasTouch: false,
    });

    const wide = await layoutOf(page);
    await screenshot(page, 'admin-obligations-wide');

    expect(wide.rowDisplay).toBe('table-row');
    expect(wide.headVisible).toBe(true);
    expect(wide.overflow).toBeLessThanOrEqual(0);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      'OPD',
      'Status',
      'Tenggat',
      'Kiriman',
      'Ubah',
    ]);
  });

  it('narrows the rows by status and by OPD name without JavaScript, and each count shows its rows', async () => {
    const page = await signInAsAdmin({ javaScriptEnabled: false });
    const all = await countOf(page, 'all');
    expect(all).toBe(30);
    expect((await shownOpds(page)).length).toBe(all);

    // The form: a status and words of the name
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Belum dikirim' });
    await page.getByLabel('Cari OPD').fill('kecamatan');
    await page.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await page.waitForURL(/\/admin\/kewajiban\?status=open&opd=kecamatan$/);
    const kecamatan = await shownOpds(page);
    expect(kecamatan.length).toBeGreaterThan(0);
    expect(kecamatan.every((opd) => opd.startsWith('kecamatan-'))).toBe(true);
    expect(kecamatan.length).toBe(await countOf(page, 'open'));
    expect(await page.getByLabel('Cari OPD').inputValue()).toBe('kecamatan');
    expect(await page.locator('#obligations-shown').textContent()).toContain(
      `Menampilkan ${kecamatan.length} dari 30 OPD`,
    );
    await screenshot(page, 'admin-obligations-filtered');

    // A count: every OPD of that status, once the search is cleared
    await page.getByRole('link', { name: 'Tampilkan semua OPD' }).click();
    await page.waitForURL(/\/admin\/kewajiban$/);
    await page.locator('.status-counts a.count--waived').click();
    await page.waitForURL(/\/admin\/kewajiban\?status=waived$/);
    const waived = page.locator('table.obligations-table tbody tr');
    expect(await waived.count()).toBe(await countOf(page, 'waived'));
    for (const text of await waived.allTextContents()) expect(text).toContain('Dibebaskan');
    expect(await page.locator('.status-counts a[aria-current]').textContent()).toContain('Dibebaskan');
  });

  it("links an OPD's saved draft, then its submission, which the admin opens", async () => {
    // Rina saves a draft of her report
    const rina = await watchedPage({ javaScriptEnabled: false });
    await signInAs(rina, 'Rina Operator Diskominfo', /\/tugas$/);
    await rina.goto(`${env.url}/forms/innovation-report/new`);
    await rina.getByLabel('Nama inovasi').fill('Sikoja');
    await rina
      .getByLabel('Deskripsi inovasi')
      .fill('Pengaduan warga lewat aplikasi, ditindaklanjuti OPD terkait.');
    await rina.getByLabel('Aplikasi', { exact: true }).check();
    await rina.getByLabel('Rencana', { exact: true }).check();
    await rina
      .getByLabel('Dimensi dan subdimensi Smart City')
      .selectOption({ label: 'Smart Governance: Pelayanan publik' });
    await rina.getByLabel(/^Tingkat 1/).check();
    await rina.getByLabel('Alamat aplikasi').fill('https://sikoja.jambikota.go.id');
    await rina.getByRole('button', { name: 'Simpan draf' }).click();
    await rina.waitForURL(/\/forms\/innovation-report\/drafts\/[^/?]+\?saved=1$/);
    const draftPath = new URL(rina.url()).pathname;

    // The admin sees the draft as such, and opens it
    const admin = await signInAsAdmin();
    await admin.goto(`${env.url}/admin/kewajiban?opd=komunikasi`);
    expect(await shownOpds(admin)).toEqual(['diskominfo']);
    const diskominfo = row(admin, 'diskominfo');
    expect(await diskominfo.locator('.status').allTextContents()).toEqual(['Draf tersimpan']);
    expect(await diskominfo.textContent()).not.toContain('Belum dikirim');
    await screenshot(admin, 'admin-obligations-draft');
    await diskominfo.getByRole('link', { name: /^Lihat draf/ }).click();
    await admin.waitForURL((url) => url.pathname === draftPath);
    // The admin reads the draft; only the OPD's staff are offered a form to type into
    expect(await admin.locator('main').textContent()).toContain('Sikoja');
    expect(await admin.locator('main form[data-form]').count()).toBe(0);

    // Rina sends it; the admin follows the link to the submission
    await rina.getByLabel('Dokumen bukti').setInputFiles(smallPdf);
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    const submissionPath = new URL(rina.url()).pathname;
    await admin.goto(`${env.url}/admin/kewajiban?status=submitted`);
    expect(await shownOpds(admin)).toContain('diskominfo');
    expect(await row(admin, 'diskominfo').locator('.status').allTextContents()).toEqual(['Terkirim']);
    await row(admin, 'diskominfo')
      .getByRole('link', { name: /^Lihat kiriman/ })
      .click();
    await admin.waitForURL((url) => url.pathname === submissionPath);
    expect(await admin.locator('main').textContent()).toContain('Sikoja');
    expect((await stored('diskominfo'))?.submissionId).toBe(submissionPath.split('/').at(-1));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  screenshot,
  signInAsDemo,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';
import { callApiAs, movableClock, startCycleWithEveryPhase } from '#test/support/engine-cycle.ts';

/*
 * The quick-win risk register of the demo city's 2026 cycle, on a clock of its own that starts at
 * 08:00 WIB on Monday 30 November 2026, before the registers are due (Friday 4 December). Four
 * innovation reports are in: two of Diskominfo, one of Dinas Kesehatan, one of Bappeda. An admin
 * marks three as quick wins on the 3 by 3 scale; Diskominfo's operator fills its register on a
 * phone; an evaluator reads it rated and mapped, asks for a revision (the operators are mailed
 * once), accepts the resubmission and downloads the city's register as a spreadsheet.
 */
const city = 'jambi';
const year = smartCityInstrument2026.year;
const opd = 'diskominfo';
const opdName = 'Dinas Komunikasi dan Informatika';
const clock = movableClock('2026-11-30T08:00:00+07:00');
const reports = [
  ['operator-diskominfo', 'Jambi Satu Data', 'governance.public-services'],
  ['operator-diskominfo', 'Layanan Aduan Warga', 'governance.bureaucracy'],
  ['operator-dinkes', 'Antrean Puskesmas', 'living.health'],
  ['operator-bappeda', 'Perencanaan Terpadu', 'governance.public-policy'],
] as const;
const note = 'Tambahkan risiko kebocoran data pribadi warga.';

type Risk = { program: string; risk: string; likelihood: number; impact: number };
const one: Risk = {
  program: 'Jambi Satu Data',
  risk: 'Server tidak dapat diakses',
  likelihood: 3,
  impact: 3,
};
const two: Risk = { program: 'Layanan Aduan Warga', risk: 'Aduan terabaikan', likelihood: 1, impact: 2 };
const added: Risk = { program: 'Jambi Satu Data', risk: 'Kebocoran data', likelihood: 2, impact: 3 };

let env: TestEngine;
let browser: Browser;
const ids: Record<string, string> = {};
const contexts: BrowserContext[] = [];
let submitted = '';

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ clock }), launchBrowser()]);
  await startCycleWithEveryPhase(env, clock, city, year);
  for (const [person, name, subDimension] of reports) {
    const { submission } = await callApiAs(env, person, 'POST', `/api/forms/${formId}/submissions`, {
      formVersion: 1,
      answers: makeInnovationAnswers({ name, subDimension }),
    });
    ids[name] = submission.submissionId;
  }
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** Signed in as a demo person on a phone (the OPD) or a desktop; bypassCSP only where axe runs. */
async function signedIn(name: string, device: 'phone' | 'desktop', { js = true, axe = false } = {}) {
  const desktop = { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false };
  const context = await newPhoneContext(browser, {
    ...(device === 'desktop' ? desktop : {}),
    javaScriptEnabled: js,
    bypassCSP: axe,
  });
  contexts.push(context);
  const page = await context.newPage();
  await signInAsDemo(page, env.url, name);
  return page;
}

const posted = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());
const register = (page: Page) => page.locator(`section[data-opd="${opd}"]`);
const statusOf = (page: Page, of = opd) =>
  page.locator(`section[data-opd="${of}"] [data-status]`).textContent();

/** The non-empty cells of a heat map's table, `likelihood x impact: count`, as its text says. */
async function counts(figure: Locator): Promise<string[]> {
  const cells: string[] = [];
  for (const row of await figure.locator('table tbody tr').all()) {
    const likelihood = await row.locator('th').textContent();
    for (const [i, text] of (await row.locator('td').allTextContents()).entries()) {
      const count = /: (\d+) risiko$/.exec(text)?.[1];
      if (count !== '0') cells.push(`${likelihood}x${i + 1}: ${count}`);
    }
  }
  return cells.sort();
}
/** The same, counted from the risks sent. */
function cellsOf(...risks: Risk[]): string[] {
  const cells = new Map<string, number>();
  for (const { likelihood, impact } of risks)
    cells.set(`${likelihood}x${impact}`, (cells.get(`${likelihood}x${impact}`) ?? 0) + 1);
  return [...cells].map(([cell, n]) => `${cell}: ${n}`).sort();
}

/** Fills the `index`-th risk of the register form. */
async function fillRisk(page: Page, index: number, r: Risk) {
  const field = (name: string, value?: string) =>
    page.locator(`[name="risks.${index}.${name}"]${value ? `[value="${value}"]` : ''}`);
  await field('program', ids[r.program]).check();
  await field('risk').fill(r.risk);
  await field('cause').fill('Anggaran pemeliharaan server terlambat cair.');
  await field('category', 'technology').check();
  await field('likelihood').fill(String(r.likelihood));
  await field('impact').fill(String(r.impact));
  await field('mitigationType', 'non-structural').check();
  await field('mitigation').fill('Menyusun SOP pemeliharaan dan jadwal cadangan data.');
  await field('owner').fill('operator.diskominfo@example.org');
  await field('due').fill('2026-12-15');
}

/** Presses the group's "Tambah lagi" and waits for the form to come back with one more item. */
async function addRisk(page: Page) {
  const items = await page.locator('fieldset.group-item').count();
  const status = posted(page);
  await page.getByRole('button', { name: 'Tambah lagi (Risiko)' }).click();
  expect(await status).toBeLessThan(400);
  await expect.poll(() => page.locator('fieldset.group-item').count()).toBe(items + 1);
}

/** Sends the form; answers the id of the submission it landed on. */
async function send(page: Page) {
  const status = posted(page);
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  expect(await status).toBe(303);
  await page.waitForURL(/\/submissions\/[^/]+$/);
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/** The emails of the outbox whose subject starts with `subject`. */
async function mails(subject: string) {
  const read = (n: string) => PostalMime.parse(readFileSync(join(env.dirs.outbox, n), 'utf8'));
  const all = await Promise.all(
    readdirSync(env.dirs.outbox)
      .filter((n) => n.endsWith('.eml'))
      .map(read),
  );
  return all.filter((email) => email.subject?.startsWith(subject));
}

describe('the quick-win risk register, from the choice of quick wins to the city’s spreadsheet', () => {
  it('lets an admin set the quick wins on the 3 x 3 scale, refusing a choice of none', async () => {
    // Arrange: the demo admin reads English, so switches to Bahasa Indonesia with the page's link
    const admin = await signedIn('Admin Smart City', 'desktop', { axe: true });
    await admin.goto(`${env.url}/bahasa/id?next=/admin/risiko`);
    expect(await admin.locator('h1').textContent()).toBe(`Register risiko program quick win ${year}`);
    expect(await admin.getByRole('checkbox').count()).toBe(reports.length);
    expect(await admin.getByLabel('3 x 3 (register kota)').isChecked()).toBe(true);
    expect(await axeFindings(browser, admin, true)).toEqual([]);
    const choose = () => admin.getByRole('button', { name: 'Tetapkan program quick win' }).click();

    // Act: no program ticked
    let status = posted(admin);
    await choose();

    // Assess: refused beside the programs, in Bahasa Indonesia, the form shown again; nothing set
    expect(await status).toBe(400);
    expect(await admin.locator('html').getAttribute('lang')).toBe('id');
    await screenshot(admin, 'risk-register-choice-refused');
    const errors = await admin.locator('form .error-message').allTextContents();
    expect(errors, 'no error beside the programs').toEqual([expect.stringMatching(/program quick win/i)]);
    await admin.goto(`${env.url}/admin/risiko`);
    expect(await admin.getByRole('checkbox').count()).toBe(reports.length);

    // Act: two programs of Diskominfo, one of Dinas Kesehatan, on the scale kept at 3 x 3
    for (const [, name] of reports.slice(0, 3)) await admin.getByLabel(new RegExp(`^${name} · `)).check();
    status = posted(admin);
    await choose();

    // Assess: the plan, the city's heat map (a drawing screen readers skip, and its table), a register per OPD
    expect(await status).toBe(303);
    await admin.waitForURL(`${env.url}/admin/risiko`);
    const plan = await admin.locator('main p.hint').filter({ hasText: 'Skala penilaian' }).textContent();
    expect(plan).toContain('Senin, 30 November 2026 · Skala penilaian: 3 x 3 (register kota)');
    expect(plan, 'who set the plan is named by id').toContain('Ditetapkan oleh: Admin Smart City');
    const cityMap = admin.locator('figure.heat-map').first();
    expect(await cityMap.locator('svg').getAttribute('aria-hidden')).toBe('true');
    expect(await cityMap.locator('caption').textContent()).toBe(`Peta risiko kota ${year}`);
    expect(await cityMap.locator('table tbody tr').count()).toBe(3);
    expect(await counts(cityMap)).toEqual([]);
    const owners = admin.locator('section[data-opd]');
    expect(await owners.locator('h2').allTextContents()).toEqual(['Dinas Kesehatan', opdName]);
    expect(await owners.locator('[data-status]').allTextContents()).toEqual([
      'Belum dikirim',
      'Belum dikirim',
    ]);
    expect(await register(admin).locator('figure.heat-map').count()).toBe(2);
    expect(await axeFindings(browser, admin, true)).toEqual([]);
  });

  it('takes Diskominfo’s register on a phone, with its own two programs, and refuses a likelihood off the scale', async () => {
    // Arrange: the operator's to-do list
    const rina = await signedIn('Rina Operator Diskominfo', 'phone');
    const title = `Register Risiko Program Quick Win ${year}`;
    await rina.locator('li.card').filter({ hasText: title }).getByRole('link', { name: 'Mulai isi' }).click();
    await rina.waitForURL(/\/forms\/risk-register\/new$/);

    // Assess: only Diskominfo's quick wins to choose from, likelihood and impact up to 3
    expect(await rina.getByRole('heading', { level: 1 }).textContent()).toContain(title);
    const programs = await rina.locator('label[for^="field-risks-0-program"]').allTextContents();
    expect(programs).toEqual([one.program, two.program]);
    expect(await rina.locator('[name="risks.0.likelihood"]').getAttribute('max')).toBe('3');
    expect(await rina.locator('[name="risks.0.impact"]').getAttribute('max')).toBe('3');

    // Act: two risks, the second added with the group's "Tambah lagi", at first with a likelihood of 4
    await fillRisk(rina, 0, one);
    await addRisk(rina);
    expect(await rina.locator('[name="risks.0.risk"]').inputValue()).toBe(one.risk);
    await fillRisk(rina, 1, { ...two, likelihood: 4 });
    const draft = rina.url();
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();

    // Assess: the browser holds it back, the field invalid, the page not left
    expect(await rina.locator('[name="risks.1.likelihood"]:invalid').count()).toBe(1);
    expect(rina.url()).toBe(draft);

    // Act: within the scale, then send
    await rina.locator('[name="risks.1.likelihood"]').fill(String(two.likelihood));
    submitted = await send(rina);

    // Arrange: a phone without JavaScript whose browser does not check the range
    const bare = await signedIn('Rina Operator Diskominfo', 'phone', { js: false });
    await bare.goto(`${env.url}/forms/risk-register/new`);
    await fillRisk(bare, 0, { ...one, likelihood: 4 });
    await bare
      .locator('form[data-form]')
      .evaluate((f: { noValidate: boolean }) => Object.assign(f, { noValidate: true }));

    // Act
    const status = posted(bare);
    await bare.getByRole('button', { name: 'Kirim', exact: true }).click();

    // Assess: refused beside the likelihood, in Bahasa Indonesia, what was typed kept
    expect(await status).toBe(400);
    expect(await bare.getByRole('alert').locator('h2').textContent()).toBe('Ada isian yang perlu diperbaiki');
    expect(await bare.locator('#field-risks-0-likelihood-error').textContent()).toBe(
      'Kesalahan: Kemungkinan (Risiko ke-1) harus antara 1 dan 3.',
    );
    expect(await bare.locator('[name="risks.0.risk"]').inputValue()).toBe(one.risk);
    await screenshot(bare, 'risk-register-off-scale-no-js');
  });

  it('shows the evaluator each risk rated and mapped, and mails a revision asked to the operators once', async () => {
    // Arrange
    const evaluator = await signedIn('Ridwan Hakim', 'desktop');
    await evaluator.goto(`${env.url}/admin/risiko`);

    // Assess: waiting for review, each risk's level on the 3 x 3 matrix, the heat maps' counts
    expect(await statusOf(evaluator)).toBe('Menunggu tinjauan');
    expect(await statusOf(evaluator, 'dinas-kesehatan')).toBe('Belum dikirim');
    const rows = register(evaluator).locator('table.risk-table tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(
      [one, two].map((r) => expect.stringContaining(r.risk)),
    );
    expect(await rows.locator('td[data-level]').allTextContents()).toEqual(['Tinggi (9)', 'Rendah (2)']);
    const maps = register(evaluator).locator('figure.heat-map');
    for (const [i, r] of [one, two].entries()) {
      expect(await maps.nth(i).locator('caption').textContent()).toBe(`Peta risiko: ${r.program}`);
      expect(await counts(maps.nth(i))).toEqual(cellsOf(r));
    }
    const cityMap = evaluator.locator('figure.heat-map').first();
    expect(await counts(cityMap)).toEqual(cellsOf(one, two));
    expect(await cityMap.locator('svg text[font-weight="700"]').allTextContents()).toEqual(['1', '1']);

    // Act: a revision by Saturday 5 December, with a note
    const revise = async (due: string) => {
      await evaluator.locator(`#due-${opd}`).fill(due);
      await evaluator.locator(`#note-${opd}`).fill(note);
      const status = posted(evaluator);
      await register(evaluator).getByRole('button', { name: 'Minta revisi' }).click();
      return status;
    };
    expect(await revise('2026-12-05')).toBe(400);

    // Assess: refused beside the date, in Bahasa Indonesia, the note kept; nothing changed
    await screenshot(evaluator, 'risk-register-revision-refused');
    expect(await evaluator.locator(`#due-${opd}-error`).count(), 'no error beside the date').toBe(1);
    expect(await evaluator.locator(`#note-${opd}`).inputValue(), 'the note typed is lost').toBe(note);
    await evaluator.goto(`${env.url}/admin/risiko`);
    expect(await statusOf(evaluator)).toBe('Menunggu tinjauan');

    // Act: by Friday 11 December
    expect(await revise('2026-12-11')).toBe(303);

    // Assess
    await evaluator.waitForURL(`${env.url}/admin/risiko`);
    expect(await statusOf(evaluator)).toBe('Perlu perbaikan');
    expect(await register(evaluator).textContent()).toContain(`Catatan revisi: ${note}`);
    expect(await register(evaluator).getByRole('button', { name: 'Minta revisi' }).count()).toBe(0);
    await screenshot(evaluator, 'risk-register-revision');

    // Act: the announcement's minute passes, then a few more
    clock.moveTo(new Date(clock.now().getTime() + 3 * 60_000).toISOString());
    await expect.poll(async () => (await mails('Revisi diminta')).length, { timeout: 20_000 }).toBe(1);
    clock.moveTo(new Date(clock.now().getTime() + 3 * 60_000).toISOString());
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    // Assess: one email, to Diskominfo's operator, with the note
    const [mail, ...more] = await mails('Revisi diminta');
    expect(more).toEqual([]);
    expect(mail?.subject).toContain(opdName);
    expect(mail?.to?.map((to) => to.address)).toEqual(['operator.diskominfo@example.org']);
    expect(mail?.text).toContain(note);
  });

  it('takes the revised register and lets the evaluator accept it', async () => {
    // Arrange: the operator comes back to the obligation
    const rina = await signedIn('Rina Operator Diskominfo', 'phone');
    await rina.goto(`${env.url}/kewajiban/${obligationIdOf(city, year, opd, 'risk-register')}`);
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    expect(await rina.locator('main').textContent(), 'the operator is not told why').toContain(note);

    // Act: the register again, as sent, with the risk the note asks for
    await rina.goto(`${env.url}/forms/risk-register/new?dari=${submitted}&baru=1`);
    expect(await rina.locator('fieldset.group-item').count()).toBe(2);
    await addRisk(rina);
    await fillRisk(rina, 2, added);
    await send(rina);

    // Act: the evaluator accepts it
    const evaluator = await signedIn('Ridwan Hakim', 'desktop');
    await evaluator.goto(`${env.url}/admin/risiko`);
    expect(await statusOf(evaluator)).toBe('Menunggu tinjauan');
    const levels = await register(evaluator).locator('td[data-level]').allTextContents();
    expect(levels).toEqual(['Tinggi (9)', 'Rendah (2)', 'Tinggi (6)']);
    const status = posted(evaluator);
    await register(evaluator).getByRole('button', { name: 'Terima register' }).click();

    // Assess
    expect(await status).toBe(303);
    await evaluator.waitForURL(`${env.url}/admin/risiko`);
    expect(await statusOf(evaluator)).toBe('Diterima');
    expect(await register(evaluator).locator('form').count()).toBe(0);
    expect(await counts(evaluator.locator('figure.heat-map').first())).toEqual(cellsOf(one, two, added));
    await screenshot(evaluator, 'risk-register-accepted');
  });

  it('gives the city’s register as a spreadsheet, one row per risk, and the page passes axe', async () => {
    // Act
    const evaluator = await signedIn('Ridwan Hakim', 'desktop', { axe: true });
    await evaluator.goto(`${env.url}/admin/risiko`);
    const downloading = evaluator.waitForEvent('download');
    await evaluator.getByRole('link', { name: 'Unduh register (XLSX)' }).click();
    const download = await downloading;
    const answer = await evaluator.context().request.get(`${env.url}/admin/risiko/register.xlsx`);

    // Assess: an XLSX named for the city and year, a row per risk with its OPD, program and level
    const name = `register-risiko-${city}-${year}.xlsx`;
    expect(download.suggestedFilename()).toBe(name);
    expect(answer.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers()['content-disposition']).toContain(name);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Register Risiko');
    const [header, ...rows] = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const cells = ['OPD', 'Program quick win', 'Risiko', 'Tingkat risiko', 'Status register'];
    expect(rows.map((row) => cells.map((label) => row[header?.indexOf(label) ?? -1]))).toEqual([
      [opdName, one.program, one.risk, 'Tinggi', 'Diterima'],
      [opdName, two.program, two.risk, 'Rendah', 'Diterima'],
      [opdName, added.program, added.risk, 'Tinggi', 'Diterima'],
    ]);

    // Assess: no serious accessibility findings with the registers, their tables and heat maps
    expect(await axeFindings(browser, evaluator, true)).toEqual([]);

    // Act: the page's weight, loaded without bypassCSP
    const page = await signedIn('Ridwan Hakim', 'desktop');
    const bodies: Promise<number>[] = [];
    page.on('response', (r) => bodies.push(r.body().then((b) => b.length)));
    await page.goto(`${env.url}/admin/risiko`, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(bodies);
    const bytesLoaded = sizes.reduce((sum, n) => sum + n, 0);
    console.log(`risk register page: ${(bytesLoaded / 1024).toFixed(1)} KB in ${sizes.length} files`);
    expect(bytesLoaded).toBeLessThan(100 * 1024);
  });
});

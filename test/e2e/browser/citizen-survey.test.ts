import jsqr from 'jsqr';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  screenshot,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';
import { callApiAs, movableClock, startCycleWithEveryPhase } from '#test/support/engine-cycle.ts';
import { takePageProblems } from '#test/support/page-problems.ts';

/*
 * The citizen survey and the impact questionnaire of one program, as the public answers them on
 * a phone, signed in as no one. The 2026 cycle of the demo city runs on a clock of its own that
 * starts at 08:00 WIB on Monday 30 November 2026, inside the impact phase (due Friday 11
 * December, closing Friday 18 December). Diskominfo reports its innovation Sikoja through the
 * API, and the lead evaluator chooses it as the governance program of the impact survey, as from
 * `/admin/dampak`: that gives the program its public code.
 *
 * Then: a citizen scans the poster's QR code and answers with no connection, and the answers go
 * once the phone is back online, recorded once; answers that reached the engine but whose reply
 * was lost are sent again on the next visit and still recorded once; a phone without JavaScript
 * answers with plain form posts and cannot answer a second time; the survey page stays light and
 * loads nothing from another origin; a beneficiary answers the impact questionnaire; the pages
 * have no serious accessibility findings; and after the phase closes the survey says so. What is
 * recorded is read back as evaluators read it, through `GET /api/cycles/{year}/impact`.
 */
const city = 'jambi';
const year = smartCityInstrument2026.year;
const opdName = 'Dinas Komunikasi dan Informatika';
const district = { id: 'kecamatan-telanaipura', name: 'Kecamatan Telanaipura' };
const clock = movableClock('2026-11-30T08:00:00+07:00');

let env: TestEngine;
let browser: Browser;
/** The program's public code, as the lead's choice gave it. */
let code = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ clock }), launchBrowser()]);
  await startCycleWithEveryPhase(env, clock, city, year);
  const { submission } = await callApiAs(
    env,
    'operator-diskominfo',
    'POST',
    `/api/forms/${formId}/submissions`,
    { formVersion: 1, answers: makeInnovationAnswers({ subDimension: 'governance.public-services' }) },
  );
  const { plan } = await callApiAs(env, 'evaluator', 'POST', `/api/cycles/${year}/impact/programs`, {
    programs: [{ slot: 'governance', submissionId: submission.submissionId }],
  });
  expect(plan.programs).toHaveLength(1);
  code = plan.programs[0].code;
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A fresh phone: its own cookies and storage, so a device of its own. */
async function phone(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await newPhoneContext(browser, options);
  contexts.push(context);
  return context;
}

interface Figures {
  responses: number;
  aware: number;
  used: number;
  rated: number;
  satisfaction?: number;
}

/** The program as the lead evaluator reads it: its counts, item means and citizen figures. */
async function program(): Promise<{
  program: { responses: number; citizens: number };
  items: Record<string, number>;
  citizens: { total: Figures; byDistrict: Record<string, Figures> };
}> {
  const survey = await callApiAs(env, 'evaluator', 'GET', `/api/cycles/${year}/impact`);
  const found = survey.programs.find((p: { program: { code: string } }) => p.program.code === code);
  if (!found) throw new Error(`No program ${code} in the impact survey`);
  return found;
}

const citizens = async () => (await program()).program.citizens;

/** What the questionnaire's status line says (`#survey-status`). */
const statusOf = async (page: Page) => ((await page.locator('#survey-status').textContent()) ?? '').trim();

/** One question of the form, by the start of its legend. */
const question = (page: Page, legend: string) =>
  page.locator('fieldset.field').filter({ has: page.locator('legend', { hasText: legend }) });
const experience = 'Apakah Anda mengenal program ini?';
const satisfaction = 'Jika pernah memakai: seberapa puas Anda dengan program ini?';
const used = 'Pernah memakai atau merasakan manfaatnya';
const unaware = 'Belum pernah mendengarnya';

/** Ticks an option of a question by its label (`Pernah memakai...`, `4`). */
const choose = (page: Page, legend: string, label: string) =>
  question(page, legend).getByLabel(label, { exact: true }).check();

/** The time of day in WIB now, `HH:MM`: what the phone shows (browsers run on real time, not the engine's clock). */
const wibTime = () =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date());

/**
 * Reads the QR code of the page as a camera would: a screenshot of the `<svg class="qr">`
 * element, its pixels read back through a canvas on a blank page, decoded by jsQR.
 */
async function scanQr(page: Page): Promise<string | undefined> {
  const png = await page.locator('svg.qr').screenshot();
  const reader = await page.context().newPage();
  const { width, height, pixels } = await reader.evaluate<{
    width: number;
    height: number;
    pixels: number[];
  }>(
    `(async () => {
      const image = new Image();
      image.src = 'data:image/png;base64,${png.toString('base64')}';
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const drawing = canvas.getContext('2d');
      drawing.drawImage(image, 0, 0);
      const { data } = drawing.getImageData(0, 0, canvas.width, canvas.height);
      return { width: canvas.width, height: canvas.height, pixels: Array.from(data) };
    })()`,
  );
  await reader.close();
  // jsqr is CommonJS: its typed default export is the module's `default`
  return jsqr.default(Uint8ClampedArray.from(pixels), width, height)?.data;
}

describe('the citizen survey of a program, answered on a phone without signing in', () => {
  it('opens from the poster’s QR code, keeps the answers offline and sends them once when back online', async () => {
    // Prepare: the poster, on the phone of whoever prints it
    const printer = await (await phone()).newPage();
    const poster = await printer.goto(`${env.url}/survei/${code}/poster`);
    expect(poster?.status()).toBe(200);
    expect(await printer.getByRole('heading', { level: 1 }).textContent()).toBe('Sikoja');
    await screenshot(printer, 'citizen-survey-poster');

    // Act: scan its QR code
    const scanned = await scanQr(printer);

    // Assess: the absolute address of the program's citizen survey, as printed beneath it
    const surveyUrl = `${env.url}/survei/${code}`;
    expect(scanned).toBe(surveyUrl);
    expect(await printer.locator('.poster .address').textContent()).toBe(surveyUrl);

    // Prepare: the citizen's phone opens the address, then loses its connection
    const context = await phone();
    const page = await context.newPage();
    const opened = await page.goto(scanned ?? '');
    expect(opened?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sikoja');
    expect(await citizens()).toBe(0);
    await context.setOffline(true);

    // Act: answer every question, then send
    await choose(page, experience, used);
    await choose(page, satisfaction, '4');
    await page.getByLabel('Kecamatan tempat tinggal').selectOption({ label: district.name });
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess: waiting, the answers kept on the phone, nothing recorded
    await expect
      .poll(() => statusOf(page))
      .toBe(
        'Tidak ada sinyal. Jawaban Anda disimpan di ponsel ini dan akan dikirim begitu tersambung kembali.',
      );
    expect(await page.locator('form[data-form]').isHidden()).toBe(true);
    const queued = await page.evaluate<number>(
      `JSON.parse(localStorage.getItem('siklus-survey-queue') ?? '[]').length`,
    );
    expect(queued).toBe(1);
    expect(await citizens()).toBe(0);
    await screenshot(page, 'citizen-survey-offline');
    // Chromium logs the send that found no connection as a console error: that one is expected, nothing else
    const lost = `console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED (${surveyUrl})`;
    expect(takePageProblems().filter((problem) => !problem.endsWith(lost))).toEqual([]);

    // Act: the connection comes back
    const from = wibTime();
    await context.setOffline(false);

    // Assess: sent, at the time of the phone, and recorded exactly once
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toMatch(/^Jawaban Anda terkirim pukul /);
    const [, hours, minutes] = /pukul (\d{2})\D(\d{2})\.$/.exec(await statusOf(page)) ?? [];
    expect([from, wibTime()]).toContain(`${hours}:${minutes}`);
    expect(await page.locator('form[data-form]').isHidden()).toBe(true);
    expect(await citizens()).toBe(1);
    const { citizens: figures } = await program();
    expect(figures.total).toEqual({ responses: 1, aware: 1, used: 1, rated: 1, satisfaction: 4 });
    expect(figures.byDistrict[district.id]).toEqual({
      responses: 1,
      aware: 1,
      used: 1,
      rated: 1,
      satisfaction: 4,
    });
    await screenshot(page, 'citizen-survey-sent');

    // Act: open the page again, as a citizen who comes back to check
    const sent = await statusOf(page);
    await page.reload();

    // Assess: still said to be sent, the form not offered again, nothing sent twice
    expect(await statusOf(page)).toBe(sent);
    expect(await page.locator('form[data-form]').isHidden()).toBe(true);
    const left = await page.evaluate<number>(
      `JSON.parse(localStorage.getItem('siklus-survey-queue') ?? '[]').length`,
    );
    expect(left).toBe(0);
    expect(await citizens()).toBe(1);
  });

  it('sends again, on the next visit, answers whose reply was lost on the way, and records them once', async () => {
    // Prepare: the connection drops after the answers reached the engine, before its reply came back
    const page = await (await phone()).newPage();
    const surveyUrl = `${env.url}/survei/${code}`;
    await page.goto(surveyUrl);
    const { citizens: earlier } = await program();
    // The page is loaded: the next request to its address is the answers' post
    let first: string | null = null;
    await page.route(
      surveyUrl,
      async (route) => {
        first = route.request().postData();
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );

    // Act
    await choose(page, experience, unaware);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess: recorded, but the phone does not know it, so it keeps them to send again
    await expect
      .poll(() => statusOf(page))
      .toBe(
        'Tidak ada sinyal. Jawaban Anda disimpan di ponsel ini dan akan dikirim begitu tersambung kembali.',
      );
    expect(await citizens()).toBe(earlier.total.responses + 1);
    // The reset the browser logs as a console error is the one expected, nothing else
    const lost = `console: Failed to load resource: net::ERR_CONNECTION_RESET (${surveyUrl})`;
    expect(takePageProblems().filter((problem) => !problem.endsWith(lost))).toEqual([]);

    // Act: the citizen opens the page again
    const resent = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.reload();

    // Assess: the same response sent again, taken as already received: still one more response
    const reply = await resent;
    expect(reply.status()).toBe(200);
    expect(reply.request().postData()).toBe(first);
    expect(new URLSearchParams(first ?? '').get('responseId')).toMatch(/^[\w-]{22}$/);
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toMatch(/^Jawaban Anda terkirim pukul /);
    expect(await page.locator('form[data-form]').isHidden()).toBe(true);
    const { citizens: figures } = await program();
    expect(figures.total).toEqual({ ...earlier.total, responses: earlier.total.responses + 1 });
  });

  it('takes one response from a phone without JavaScript, with plain form posts, and refuses its second', async () => {
    // Prepare
    const page = await (await phone({ javaScriptEnabled: false })).newPage();
    const surveyUrl = `${env.url}/survei/${code}`;
    await page.goto(surveyUrl);
    const before = await citizens();

    // Act: used it, but forgets how satisfied: the page asks for that answer, beside its question
    await choose(page, experience, used);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess: every question was on the page at once; nothing recorded, the answer kept
    expect(await page.locator('.error-summary').textContent()).toContain('wajib');
    expect(await question(page, experience).getByLabel(used, { exact: true }).isChecked()).toBe(true);
    expect(await citizens()).toBe(before);

    // Act: how satisfied, with a district
    await choose(page, satisfaction, '3');
    await page.getByLabel('Kecamatan tempat tinggal').selectOption({ label: district.name });
    const thanks = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess
    expect((await thanks).status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Terima kasih');
    expect(await page.locator('main').textContent()).toContain('Jawaban Anda sudah kami terima.');
    expect(await citizens()).toBe(before + 1);
    await screenshot(page, 'citizen-survey-thanks-no-js');

    // Act: the same phone answers again
    await page.goto(surveyUrl);
    await choose(page, experience, unaware);
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess: refused in Bahasa Indonesia, nothing more recorded
    expect((await refused).status()).toBe(409);
    expect(await page.locator('main').textContent()).toContain(
      'Tanggapan dari perangkat ini untuk program ini sudah kami terima. Terima kasih.',
    );
    expect(await citizens()).toBe(before + 1);
    await screenshot(page, 'citizen-survey-twice-no-js');
  });

  it('loads in under 50 KB, all of it from the engine’s own origin', async () => {
    // Prepare
    const page = await (await phone()).newPage();
    const origin = new URL(env.url).origin;
    const requested: string[] = [];
    const bodies: Promise<{ url: string; bytes: number }>[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) =>
      bodies.push(response.body().then((body) => ({ url: response.url(), bytes: body.length }))),
    );

    // Act
    await page.goto(`${env.url}/survei/${code}`, { waitUntil: 'networkidle' });

    // Assess
    const loaded = await Promise.all(bodies);
    const bytes = loaded.reduce((sum, { bytes: n }) => sum + n, 0);
    console.log(`citizen survey page: ${(bytes / 1024).toFixed(1)} KB in ${loaded.length} files`);
    const paths = loaded.map(({ url }) => new URL(url).pathname);
    expect(paths).toContain(`/survei/${code}`);
    expect(paths.some((path) => path.endsWith('.js'))).toBe(true);
    expect(bytes).toBeLessThan(50 * 1024);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('records a beneficiary’s impact questionnaire, its four items and its count, with JavaScript', async () => {
    // Prepare
    const page = await (await phone()).newPage();
    await page.goto(`${env.url}/dampak/${code}`);
    expect((await program()).program.responses).toBe(0);

    // Act: agree (4) with each of the four statements, then send
    for (const statement of [
      'Program ini bermanfaat bagi saya atau keluarga saya.',
      'Sejak ada program ini, layanan pemerintah menjadi lebih mudah, cepat, atau murah.',
      'Masyarakat dilibatkan dan dapat menyampaikan masukan tentang program ini.',
      'Program ini perlu dan layak dilanjutkan pada tahun-tahun berikutnya.',
    ])
      await choose(page, statement, '4');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    // Assess
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toMatch(/^Jawaban Anda terkirim pukul /);
    const after = await program();
    expect(after.program.responses).toBe(1);
    expect(after.items).toEqual({ benefit: 4, service: 4, participation: 4, sustainability: 4 });
    await screenshot(page, 'impact-questionnaire-sent');
  });

  it('has no serious accessibility findings on the survey page and the poster', async () => {
    // Prepare
    const page = await (await phone({ bypassCSP: true })).newPage();

    // Act + Assess
    await page.goto(`${env.url}/survei/${code}`);
    expect(await axeFindings(browser, page, true)).toEqual([]);
    await choose(page, experience, used);
    await choose(page, satisfaction, '4');
    expect(await axeFindings(browser, page, true)).toEqual([]);
    await page.goto(`${env.url}/survei/${code}/poster`);
    expect(await page.locator('main').textContent()).toContain(opdName);
    expect(await axeFindings(browser, page, true)).toEqual([]);
  });
});

describe('the citizen survey once the impact phase has closed', () => {
  it('says the survey is closed, in Bahasa Indonesia, with nothing to fill', async () => {
    // Prepare: the morning after the phase closes (Friday 18 December 2026)
    clock.moveTo('2026-12-19T08:00:00+07:00');
    const page = await (await phone()).newPage();

    // Act
    const shown = await page.goto(`${env.url}/survei/${code}`);

    // Assess
    expect(shown?.status()).toBe(410);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Survei sudah ditutup');
    expect(await page.locator('main').textContent()).toContain(
      'Survei ini sudah ditutup pada Jumat, 18 Desember 2026. Terima kasih atas perhatian Anda.',
    );
    expect(await page.locator('form[data-form]').count()).toBe(0);
  });
});

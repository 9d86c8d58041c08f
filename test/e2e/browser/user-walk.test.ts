import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, defaultCalendar, previousWorkingDay } from '#functions/platform/time/calendar.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';
import {
  headLink,
  launchBrowser,
  newPhoneContext,
  obligationOf,
  operatorLink,
  screenshot,
  signInAsDemo,
  signInWithLink,
  smallPdf,
  startTestEngine,
  type TestEngine,
  testCycle,
} from '#test/support/browser.ts';
import {
  fillInnovationReport,
  obligationPath,
  saveDraft,
  smallTargets,
  startYearLongCycle,
  statusTexts,
  waitForEmail,
} from '#test/support/user-walk.ts';

const { city, year, today, due } = testCycle;
const calendar = defaultCalendar(year, 'Asia/Jakarta');

let browser: Browser;
/** The engine most tests share: this year's test cycle, due three weeks of working days from now. */
let env: TestEngine;

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const mainText = (page: Page) => page.locator('main').textContent();

describe('evidence upload on 127.0.0.1', () => {
  // An engine of its own: Rina's draft here must not become the draft the other tests continue.
  let own: TestEngine;
  beforeAll(async () => {
    own = await startTestEngine({ cycle: true });
  });
  afterAll(async () => {
    await own?.stop();
  });

  it('attaches a PDF through the site it was opened at and refuses a text file in the page’s words', async () => {
    const site = own.url.replace('//localhost:', '//127.0.0.1:');
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && !r.isNavigationRequest()) uploads.push(r.url());
    });
    await signInAsDemo(page, site, 'Rina Operator Diskominfo');
    await page.goto(`${site}/forms/innovation-report/new`);
    await fillInnovationReport(page, 'Sikoja');

    // Act: choose the PDF with the page's script on
    await page.getByLabel('Dokumen bukti').setInputFiles(smallPdf);

    // Assess: attached, the ticket and the file both posted to the site's own address
    await expect.poll(() => statusTexts(page)).toContain(`Terlampir: ${smallPdf.name}`);
    expect(uploads.map((u) => new URL(u).origin)).toEqual([site, site]);
    expect(uploads.map((u) => new URL(u).pathname.split('/')[1])).toEqual(['uploads', 'local-uploads']);

    // Act + Assess: saved, the draft shows the file attached
    const draftId = await saveDraft(page);
    expect(new URL(page.url()).origin).toBe(site);
    expect(await page.locator('.evidence-attached').textContent()).toContain(`Terlampir: ${smallPdf.name}`);
    await screenshot(page, 'user-walk-127-attached');

    // Act: a file of a type the field does not take
    const text = { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('Catatan rapat.\n') };
    await page.getByLabel('Dokumen bukti').setInputFiles(text);

    // Assess: the field's own rule after "Gagal mengunggah: ", checked in the page before anything
    // is sent; not a parser's or the network's message
    const failed = /^Gagal mengunggah: /;
    await expect.poll(async () => (await statusTexts(page)).find((s) => failed.test(s))).toBeTruthy();
    const message = (await statusTexts(page)).find((s) => failed.test(s)) ?? '';
    expect(message).toMatch(/^Gagal mengunggah: Berkas PDF.*paling besar \d+ MB\.$/);
    expect(message).not.toMatch(/Unexpected token|Failed to fetch|JSON|Server menjawab/);
    await screenshot(page, 'user-walk-127-refused');

    // Act + Assess: in English the same refusal speaks English
    await page.goto(
      `${site}/bahasa/en?next=${encodeURIComponent(`/forms/innovation-report/drafts/${draftId}`)}`,
    );
    await page.waitForURL((url) => url.pathname.endsWith(draftId));
    await page.getByLabel('Evidence document').setInputFiles(text);
    await expect
      .poll(async () => (await statusTexts(page)).find((s) => s.startsWith('Upload failed: ')))
      .toMatch(/^Upload failed: A PDF.* file of at most \d+ MB\.$/);
    await page.goto(`${site}/bahasa/id?next=/tugas`);

    // No request went out for the refused file, so the page logged nothing
    await context.close();
  });
});

describe('a saved draft, from the links of reminders and escalations and on the to-do list', () => {
  const name = 'Sikoja Kelurahan';
  let rina: BrowserContext;
  let draftId: string;

  beforeAll(async () => {
    rina = await newPhoneContext(browser);
    const page = await rina.newPage();
    await signInAsDemo(page, env.url, 'Rina Operator Diskominfo');
    await page.goto(`${env.url}/forms/innovation-report/new`);
    await page.getByLabel('Nama inovasi').fill(name);
    draftId = await saveDraft(page);
  });

  afterAll(async () => {
    await rina?.close();
  });

  it("opens the OPD's saved draft from a reminder's link and the obligation's status from an escalation", async () => {
    // Act: Rina opens her reminder's link in a fresh browser
    const operator = await newPhoneContext(browser);
    const page = await operator.newPage();
    const landing = await signInWithLink(page, `${env.url}${await env.link(operatorLink)}`);

    // Assess: on the saved draft, with the name typed
    expect(landing).toBe(`/forms/innovation-report/drafts/${draftId}`);
    expect(await page.getByLabel('Nama inovasi').inputValue()).toBe(name);
    await operator.close();

    // Act: the head opens the escalation's link
    const head = await newPhoneContext(browser);
    const headPage = await head.newPage();
    const headLanding = await signInWithLink(headPage, `${env.url}${await env.link(headLink)}`);

    // Assess: the obligation and where it stands, and nothing to fill or send
    expect(headLanding).toBe(obligationPath(city, year, 'diskominfo'));
    expect(decodeURIComponent(headLanding)).toBe(`/kewajiban/${obligationOf('diskominfo')}`);
    expect(await headPage.locator('main .status').allTextContents()).toEqual(['Draf tersimpan']);
    expect(await headPage.locator('main form').count()).toBe(0);
    expect(await headPage.locator('main input, main textarea, main select, main button').count()).toBe(0);
    await screenshot(headPage, 'user-walk-escalation-landing');
    // The draft itself stays closed to the head's link
    const draft = await headPage.goto(`${env.url}/forms/innovation-report/drafts/${draftId}`);
    expect(draft?.status()).toBeGreaterThanOrEqual(400);
    await head.close();
  });

  it('names each draft by its innovation and last save, and asks before a second draft', async () => {
    const page = await rina.newPage();
    await page.goto(`${env.url}/tugas`);

    // Assess: the draft by its name, with its last save
    const resume = page.locator('main').getByRole('link', { name: `Lanjutkan: ${name}` });
    expect(await resume.getAttribute('href')).toBe(`/forms/innovation-report/drafts/${draftId}`);
    expect(await mainText(page)).toMatch(/terakhir disimpan \d{1,2} \p{L}+ \d{4} pukul \d{2}\.\d{2} WIB/u);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'user-walk-todo');

    // Act: start a new draft
    await page
      .locator('main')
      .getByRole('link', { name: /^Mulai draf baru/ })
      .click();

    // Assess: asked first, the draft listed to continue
    await page.waitForURL((url) => url.pathname === '/forms/innovation-report/new' && url.search === '');
    expect(await heading(page)).toBe('OPD Anda sudah memiliki draf');
    const listed = page.locator('main').getByRole('link', { name: `Lanjutkan: ${name}` });
    expect(await listed.getAttribute('href')).toBe(`/forms/innovation-report/drafts/${draftId}`);
    expect(await mainText(page)).toContain('terakhir disimpan');
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'user-walk-second-draft');

    // Act + Assess: starting one all the same opens an empty form
    await page.getByRole('link', { name: 'Tetap mulai draf baru' }).click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === '/forms/innovation-report/new?baru=1');
    expect(await page.getByLabel('Nama inovasi').inputValue()).toBe('');
    expect(await page.getByLabel('Deskripsi inovasi').inputValue()).toBe('');
    expect(await page.locator('main form[data-form] input[name="revision"]').count()).toBe(0);
    await page.close();
  });
});

describe.each([
  { mode: 'js', javaScriptEnabled: true },
  { mode: 'no-js', javaScriptEnabled: false },
])('a draft saved from two tabs ($mode)', ({ mode, javaScriptEnabled }) => {
  it('keeps the answers of the tab that lost, and saves them on the second try', async () => {
    const context = await newPhoneContext(browser, { javaScriptEnabled });
    const a = await context.newPage();
    await signInAsDemo(a, env.url, 'Budi Operator Dinkes');
    await a.goto(`${env.url}/forms/innovation-report/new?baru=1`);
    await a.getByLabel('Nama inovasi').fill(`Posyandu Digital (${mode})`);
    const draftId = await saveDraft(a);
    const draftUrl = `${env.url}/forms/innovation-report/drafts/${draftId}`;
    const b = await context.newPage();
    await b.goto(draftUrl);

    // Act: tab A saves a change
    await a.bringToFront();
    await a.getByLabel('Nama inovasi').fill(`Posyandu Keliling (${mode})`);
    await saveDraft(a);

    // Act: tab B, opened before that, saves another name
    await b.bringToFront();
    const nameB = `Posyandu Pintar (${mode})`;
    await b.getByLabel('Nama inovasi').fill(nameB);
    const refused = b.waitForResponse((r) => r.request().method() === 'POST');
    await b.getByRole('button', { name: 'Simpan draf' }).click();

    // Assess: not saved, told why, B's answer still in the field
    expect((await refused).status()).toBe(409);
    expect(await b.getByRole('alert').textContent()).toContain('telah diubah di tab atau perangkat lain');
    expect(await b.getByLabel('Nama inovasi').inputValue()).toBe(nameB);
    await screenshot(b, `user-walk-stale-${mode}`);

    // Act + Assess: saving again replaces the other version
    await saveDraft(b);
    expect(await b.getByRole('status').filter({ hasText: 'Draf tersimpan.' }).count()).toBe(1);
    expect(await b.getByLabel('Nama inovasi').inputValue()).toBe(nameB);
    await a.bringToFront();
    await a.goto(draftUrl);
    expect(await a.getByLabel('Nama inovasi').inputValue()).toBe(nameB);
    await context.close();
  });
});

describe("the admin moving Diskominfo's deadline", () => {
  const saturday = (() => {
    let day = addDays(today, 1);
    while (isoWeekday(day) !== 6) day = addDays(day, 1);
    return day;
  })();
  const pastWorkingDay = previousWorkingDay(calendar, addDays(today, -1));
  const newDue = addWorkingDays(calendar, due, 1);

  it('names the rule a date breaks, with the date in words, then mails the move within a minute', {
    timeout: 180_000,
  }, async () => {
    const context = await newPhoneContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAsDemo(page, env.url, 'Admin Smart City');
    // The demo admin reads English; the page is checked in Bahasa Indonesia
    await page.goto(`${env.url}/bahasa/id?next=${encodeURIComponent('/admin/kewajiban')}`);
    const row = () => page.locator('#kewajiban-diskominfo');
    const move = async (date: string) => {
      // Shown again after a refusal, the row's forms are already unfolded
      if ((await row().locator('details').getAttribute('open')) === null)
        await row().locator('summary').click();
      await row().getByLabel('Tenggat baru untuk Dinas Komunikasi dan Informatika').fill(date);
      const answer = page.waitForResponse((r) => r.request().method() === 'POST');
      await row()
        .getByRole('button', { name: /^Pindahkan tenggat/ })
        .click();
      return (await answer).status();
    };

    // Act + Assess: a Saturday is refused as no working day, the date in words
    expect(await move(saturday)).toBe(400);
    const weekend = (await page.getByRole('alert').textContent()) ?? '';
    expect(weekend).toContain('bukan hari kerja');
    expect(weekend).toContain(formatLongDate(saturday, 'id'));
    expect(formatLongDate(saturday, 'id')).toMatch(/^Sabtu, /);
    expect(weekend).not.toContain('sudah lewat');
    await screenshot(page, 'user-walk-move-saturday');

    // Act + Assess: a past working day is refused as past, the date in words
    expect(await move(pastWorkingDay)).toBe(400);
    const past = (await page.getByRole('alert').textContent()) ?? '';
    expect(past).toContain(`Tenggat ${formatLongDate(pastWorkingDay, 'id')} sudah lewat`);
    expect(past).not.toContain('hari kerja');

    // Act + Assess: a working day to come is accepted
    expect(await move(newDue)).toBe(303);
    const movedAt = Date.now();
    await page.waitForURL(/\/admin\/kewajiban\?notice=moved/);
    expect(await page.getByRole('status').textContent()).toContain('Dinas Komunikasi dan Informatika');

    // Assess: the move's email reaches Diskominfo's operator within a minute and a half
    const email = await waitForEmail(
      page,
      env.url,
      (e) => e.subject.startsWith('Tenggat diubah') && e.to.includes('operator.diskominfo@example.org'),
      90_000,
    );
    const waited = Date.now() - movedAt;
    console.info(`The move's email was listed in the outbox ${Math.round(waited / 1000)} s after the move`);
    expect(email, 'an email "Tenggat diubah ..." to the Diskominfo operator').toBeDefined();
    expect(Date.parse(email?.sentAt ?? '') - movedAt).toBeLessThan(90_000);
    await screenshot(page, 'user-walk-move-outbox');
    await context.close();
  });
});

describe('the city secretary', () => {
  // A cycle kicked off in January, so that its ladder has the monthly reminders to show.
  let own: TestEngine;
  beforeAll(async () => {
    own = await startTestEngine();
    await startYearLongCycle(own, city, year);
  });
  afterAll(async () => {
    await own?.stop();
  });

  it("signs in with one click onto the cycle's obligations and reads the cycle's reminders and escalations", async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await page.goto(own.url);
    const secretary = page.locator('ul.demo-people').getByRole('button', { name: /^Sekretaris Daerah/ });
    expect(await secretary.count()).toBe(1);

    // Act: one click
    await secretary.click();

    // Assess: the cycle's obligations
    await page.waitForURL((url) => url.pathname === '/admin/kewajiban');
    expect(await heading(page)).toBe('Kewajiban OPD');
    expect(await page.locator('table.obligations-table tbody tr').count()).toBe(30);
    await screenshot(page, 'user-walk-secretary-obligations');

    // Act + Assess: the cycle page lists the monthly reminders and both escalations
    await page.goto(`${own.url}/admin/siklus`);
    expect(await heading(page)).toBe(`Siklus evaluasi ${year}`);
    const sends = await page.locator('main ol > li').allTextContents();
    const monthly = sends.filter((s) => s.startsWith('Pengingat bulanan'));
    const escalations = sends.filter((s) => s.startsWith('Eskalasi'));
    expect(monthly.length).toBeGreaterThanOrEqual(8);
    expect(escalations).toHaveLength(2);
    expect(escalations[0]).toContain('Kepala OPD');
    await screenshot(page, 'user-walk-secretary-cycle');
    await context.close();
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import type { Selection } from '#functions/visits/selection-model.ts';
import { demoEvaluationTeam } from '#infra/local/demo-team.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  screenshot,
  signInAsDemo,
  startTestEngine,
  type TestEngine,
} from '#test/support/browser.ts';
import {
  acceptedSelfAssessment,
  axeFindingsAsShown,
  callApiAs,
  movableClock,
  startCycleWithEveryPhase,
} from '#test/support/engine-cycle.ts';

/*
 * The cycle of the demo instrument's year, 2026, on a clock of its own: whatever today is, the
 * self-assessment's default dates (late ones until Friday 27 November) give the default visit
 * window, Monday 30 November to Friday 18 December. The clock starts on the Thursday before the
 * window, after every earlier deadline, so that no reminder of the other phases fires on the way.
 */
const city = 'jambi';
const year = smartCityInstrument2026.year;
const opd = 'diskominfo';
const opdName = 'Dinas Komunikasi dan Informatika';
const announcedOn = '2026-11-26';
const drawOn = '2026-11-27';
const visitDay = '2026-11-30';
const saturday = '2026-12-05';
const place = 'Ruang rapat Diskominfo, lantai 2';
const alwaysReason = 'Pengelola Command Center kota: selalu dikunjungi.';
const wib = (date: string, time: string) => `${date}T${time}:00+07:00`;
const [lowered = '', lowered2 = ''] = responsibleIndicators(smartCityInstrument2026, opd).map((i) => i.id);
const visitPath = `/kunjungan/${year}/${opd}`;

const clock = movableClock(wib(announcedOn, '08:00'));
let env: TestEngine;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** The evaluator of the Diskominfo visit's team the test signs in as, once the draw gave the team. */
let member = { id: '', name: '' };
let teamNames: string[] = [];

/** A PNG of `size` x `size` pixels of one colour: the photo a phone takes of the evidence. */
function png(size: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a channel, RGB, no interlace
  const row = Buffer.from([0, ...Array.from({ length: size }, () => rgb).flat()]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const photo = { name: 'papan-layanan.png', mimeType: 'image/png', buffer: png(8, [30, 120, 200]) };

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ clock }), launchBrowser()]);
  await startCycleWithEveryPhase(env, clock, city, year);
  // Diskominfo sent its self-assessment, late but while late ones are taken, and it was accepted.
  const review = await acceptedSelfAssessment(env, year, opd);
  expect(review.status).toBe('accepted');
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** A phone, with or without JavaScript; bypassCSP only so that axe can be injected. */
async function phonePage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await newPhoneContext(browser, { javaScriptEnabled, bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

const posted = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST').then((r) => r.status());

/** An index the visit page shows (`3,00 (Band)`), as a number. */
async function index(page: Page, kind: 'self' | 'verified' | 'final'): Promise<number> {
  const shown = (await page.locator(`dd[data-score="${kind}"]`).textContent()) ?? '';
  return Number.parseFloat(shown.replace(',', '.'));
}

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
/** The outbox's emails read so far, by file name: a file, once written, stays as it is. */
const read = new Map<string, Email>();

/** The email to `address` whose subject starts with `subject`, once the engine has sent it. */
async function mailTo(address: string, subject: string): Promise<Email | undefined> {
  const matching = async () => {
    for (const name of readdirSync(env.dirs.outbox).filter((n) => n.endsWith('.eml')))
      if (!read.has(name))
        read.set(name, await PostalMime.parse(readFileSync(join(env.dirs.outbox, name), 'utf8')));
    return [...read.values()].find((e) => e.to?.[0]?.address === address && e.subject?.startsWith(subject));
  };
  await expect.poll(matching, { timeout: 20_000, interval: 250 }).toBeDefined();
  return matching();
}

/** How many photos of the visits the engine's file store holds (`findingPhotoKey`). */
function storedPhotos(): number {
  const folder = join(env.dirs.files, 'objects', 'visits');
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;
}

/** What the visit page says of the visit under `term` (`Waktu`, `Tempat`, `Tim`...). */
const fact = (page: Page, term: string) =>
  page.locator(`#schedule-title ~ dl > dt:text-is("${term}") + dd`).textContent();

describe('an evaluation visit, from the draw to the findings on the day (phone)', () => {
  it('is drawn in public: announced by the lead evaluator, Diskominfo always visited, drawn on the draw date', async () => {
    // Arrange: the lead evaluator on the selection page
    const lead = await phonePage(false);
    await signInAsDemo(lead, env.url, 'Ridwan Hakim');
    await lead.goto(`${env.url}/admin/pemilihan`);

    // Act: announce two OPDs drawn from tomorrow's closing index, Diskominfo always visited
    await lead.getByLabel('Jumlah OPD yang diundi').fill('2');
    await lead.locator('#source-0-description').fill('Penutupan IHSG, dalam seperseratus poin');
    await lead.locator('#source-0-expected').fill(drawOn);
    await lead.getByLabel('Tanggal undian').fill(drawOn);
    await lead.locator('#always-0-opd').selectOption(opd);
    await lead.locator('#always-0-reason').fill(alwaysReason);
    let status = posted(lead);
    await lead.getByRole('button', { name: 'Umumkan' }).click();

    // Assess
    expect(await status).toBe(303);
    await lead.waitForURL(/notice=announced$/);
    expect(await axeFindings(browser, lead, false)).toEqual([]);

    // Act: an anonymous visitor opens the public page
    const visitor = await phonePage(false);
    await visitor.goto(`${env.url}/pemilihan/${city}/${year}`);

    // Assess: Diskominfo out of the pool, always visited with the reason; nothing drawn yet
    const main = visitor.locator('main');
    expect(await main.textContent()).toContain(`${opdName}: ${alwaysReason}`);
    expect((await visitor.locator('ol.pool li').allTextContents()).join(' ')).not.toContain(`(${opd})`);
    expect(await main.textContent()).toContain('Belum diundi.');
    expect(await axeFindings(browser, visitor, false)).toEqual([]);

    // Act: on the draw date, the lead enters the value and the draw is published
    clock.moveTo(wib(drawOn, '10:00'));
    await lead.goto(`${env.url}/admin/pemilihan`);
    await lead.getByLabel('1. Penutupan IHSG, dalam seperseratus poin').fill('723456');
    status = posted(lead);
    await lead.getByRole('button', { name: 'Undi dan terbitkan' }).click();
    expect(await status).toBe(303);

    // Assess: two OPDs drawn on the public page, each with a team of two
    await visitor.reload();
    expect(await visitor.locator('code.key-string').textContent()).toBe('723456./');
    expect(await visitor.locator('ol.selected li').count()).toBe(2);
    expect(await axeFindings(browser, visitor, false)).toEqual([]);
    const record = (await (
      await visitor.context().request.get(`${env.url}/pemilihan/${city}/${year}/data.json`)
    ).json()) as Selection;
    const team = record.draws[0]?.teams.find((t) => t.opd === opd)?.evaluators ?? [];
    expect(team).toHaveLength(2);
    const nameOf = (id: string) => demoEvaluationTeam.find((p) => p.id === id)?.name ?? id;
    // Someone on the team who is not the lead, who would see every visit anyway
    const id = team.find((e) => e !== 'evaluator') ?? '';
    member = { id, name: nameOf(id) };
    teamNames = team.map(nameOf);
  });

  it('lists the visits of a team member and shows where, when, with whom and what Diskominfo claimed', async () => {
    // Act: the team member signs in and opens the visits
    const evaluator = await phonePage(false);
    await signInAsDemo(evaluator, env.url, member.name);
    await evaluator.goto(`${env.url}/kunjungan`);

    // Assess: a card for each visit the draw gave them, Diskominfo's among them, none scheduled
    const { selection } = await callApiAs(env, 'evaluator', 'GET', `/api/cycles/${year}/selection`);
    const mine = (selection.draws[0].teams as { opd: string; evaluators: string[] }[]).filter((t) =>
      t.evaluators.includes(member.id),
    );
    const cards = evaluator.locator('ul.cards > li');
    expect(await cards.count()).toBe(mine.length);
    for (const card of await cards.all())
      expect(await card.locator('dd').last().textContent()).toContain(member.name);
    const card = cards.filter({ hasText: opdName });
    expect(await card.locator('.status').textContent()).toBe('Belum dijadwalkan');
    expect(await axeFindings(browser, evaluator, false)).toEqual([]);
    await screenshot(evaluator, 'visits-list');

    // Act: open the Diskominfo visit
    await card.getByRole('link', { name: opdName }).click();
    await evaluator.waitForURL(`${env.url}${visitPath}`);

    // Assess: with whom and why, the form to propose a date in the window, the claims as verified
    expect(await evaluator.locator('#schedule-title').textContent()).toBe(opdName);
    expect(await fact(evaluator, 'Status')).toBe('Belum dijadwalkan');
    expect(await fact(evaluator, 'Tim')).toBe(teamNames.join(', '));
    expect(await fact(evaluator, 'Dasar kunjungan')).toBe(`Selalu dikunjungi: ${alwaysReason}`);
    expect(await evaluator.locator('#propose-hint').textContent()).toContain(
      'Senin, 30 November 2026 sampai Jumat, 18 Desember 2026',
    );
    const indicators = evaluator.locator('article.indicator');
    expect(await indicators.count()).toBe(responsibleIndicators(smartCityInstrument2026, opd).length);
    expect(await indicators.locator('dd[data-level="claimed"]').allTextContents()).toEqual(
      Array.from({ length: await indicators.count() }, () => '3'),
    );
    expect(await indicators.locator('dd[data-level="verified"]').allTextContents()).toEqual(
      Array.from({ length: await indicators.count() }, () => '3'),
    );
    expect(await index(evaluator, 'final')).toBe(await index(evaluator, 'verified'));
    // Findings wait for the day of a confirmed visit
    expect(await evaluator.locator('main').textContent()).toContain(
      'Temuan dicatat oleh tim pada atau setelah hari kunjungan yang dikonfirmasi.',
    );
    expect(await evaluator.locator('form[action$="/temuan"]').count()).toBe(0);
    expect(await axeFindings(browser, evaluator, false)).toEqual([]);
    await screenshot(evaluator, 'visit-unscheduled');
  });

  it('refuses a Saturday, then sends the team’s date to the head of the OPD, who confirms it and gets the invitation', async () => {
    // Arrange: the team member, with JavaScript
    const evaluator = await phonePage(true);
    await signInAsDemo(evaluator, env.url, member.name);
    await evaluator.goto(`${env.url}${visitPath}`);

    // Act: a Saturday inside the window
    await evaluator.getByLabel('Tanggal', { exact: true }).fill(saturday);
    await evaluator.getByLabel('Tempat', { exact: true }).fill(place);
    let status = posted(evaluator);
    await evaluator.getByRole('button', { name: 'Kirim usulan' }).click();

    // Assess: refused on the date's field, in Bahasa Indonesia, what was typed kept, nothing changed
    expect(await status).toBe(400);
    expect(await evaluator.locator('html').getAttribute('lang')).toBe('id');
    expect(await evaluator.getByRole('alert').locator('h2').textContent()).toBe('Tidak ada yang diubah');
    expect(await evaluator.locator('#visit-date-error').textContent()).toBe(
      'Tanggal ini bukan hari kerja (akhir pekan, hari libur nasional atau cuti bersama).',
    );
    expect(await evaluator.locator('#visit-date').getAttribute('aria-invalid')).toBe('true');
    expect(await evaluator.locator('#visit-place').inputValue()).toBe(place);
    expect(await fact(evaluator, 'Status')).toBe('Belum dijadwalkan');
    expect(await axeFindings(browser, evaluator, true)).toEqual([]);
    const { visit: unchanged } = await callApiAs(env, 'evaluator', 'GET', `/api/visits/${year}/${opd}`);
    expect(unchanged).toMatchObject({ status: 'unscheduled', revision: 1, sequence: 0 });
    await screenshot(evaluator, 'visit-saturday-refused');

    // Act: the Monday the window opens
    await evaluator.getByLabel('Tanggal', { exact: true }).fill(visitDay);
    status = posted(evaluator);
    await evaluator.getByRole('button', { name: 'Kirim usulan' }).click();

    // Assess
    expect(await status).toBe(303);
    await evaluator.waitForURL(/notice=proposed$/);
    expect(await evaluator.getByRole('status').textContent()).toContain('Usulan jadwal terkirim');
    expect(await fact(evaluator, 'Status')).toBe('Jadwal diusulkan');
    expect(await fact(evaluator, 'Waktu')).toBe('Senin, 30 November 2026, 09.00–12.00');
    expect(await fact(evaluator, 'Tempat')).toBe(place);
    expect(await fact(evaluator, 'Diusulkan oleh')).toBe(`${member.name} Menunggu konfirmasi pihak lain.`);
    expect(await axeFindings(browser, evaluator, true)).toEqual([]);

    // Act: a minute on, the invitation goes out; the head of Diskominfo signs in (no JavaScript)
    clock.moveTo(wib(drawOn, '10:30'));
    const tentative = await mailTo(
      'kepala.diskominfo@example.org',
      `Usulan jadwal kunjungan evaluasi ke ${opdName}`,
    );
    expect(tentative?.attachments.map((a) => a.filename)).toEqual(['kunjungan-evaluasi.ics']);
    const head = await phonePage(false);
    await signInAsDemo(head, env.url, 'Kepala Diskominfo');
    await head.goto(`${env.url}/kunjungan`);
    expect(await head.locator('ul.cards > li').count()).toBe(1);
    expect(await head.locator('ul.cards > li').textContent()).toContain(
      'Senin, 30 November 2026, 09.00–12.00',
    );
    expect(await axeFindings(browser, head, false)).toEqual([]);
    await head.getByRole('link', { name: opdName }).click();
    await head.waitForURL(`${env.url}${visitPath}`);

    // Assess: the proposal, with the button to confirm it; the claims without the team's forms
    expect(await fact(head, 'Diusulkan oleh')).toBe(`${member.name} Menunggu konfirmasi pihak lain.`);
    expect(await head.locator('#confirm-title').textContent()).toBe('Konfirmasi jadwal');
    expect(await head.locator('article.indicator').count()).toBeGreaterThan(1);
    expect(await head.locator('form[action$="/temuan"]').count()).toBe(0);
    expect(await axeFindings(browser, head, false)).toEqual([]);
    await screenshot(head, 'visit-proposed-head');

    // Act: the head confirms
    status = posted(head);
    await head.getByRole('button', { name: 'Konfirmasi jadwal ini' }).click();

    // Assess
    expect(await status).toBe(303);
    await head.waitForURL(/notice=confirmed$/);
    expect(await fact(head, 'Status')).toBe('Jadwal dikonfirmasi');
    expect(await fact(head, 'Dikonfirmasi oleh')).toBe('Kepala Diskominfo');
    expect(await axeFindings(browser, head, false)).toEqual([]);
    // The team records nothing before the day
    await evaluator.reload();
    expect(await fact(evaluator, 'Status')).toBe('Jadwal dikonfirmasi');
    expect(await evaluator.locator('form[action$="/temuan"]').count()).toBe(0);

    // Act: a minute on, the confirmed invitation; the head's email opened from the outbox
    clock.moveTo(wib(drawOn, '11:00'));
    const subject = `Kunjungan evaluasi ke ${opdName} dikonfirmasi`;
    await mailTo('kepala.diskominfo@example.org', subject);
    // The outbox keeps its own Content-Security-Policy, so its page is opened without bypassCSP
    const inbox = await newPhoneContext(browser);
    contexts.push(inbox);
    const outbox = await inbox.newPage();
    await outbox.goto(`${env.url}/outbox`);
    await outbox
      .locator('.mail li')
      .filter({ hasText: 'kepala.diskominfo@example.org' })
      .getByRole('link', { name: new RegExp(`^${subject}`) })
      .click();
    await outbox.waitForURL(/\/outbox\/[^/]+$/);
    const ics = await outbox.getByRole('link', { name: 'kunjungan-evaluasi.ics' }).getAttribute('href');
    const calendar = await inbox.request.get(`${env.url}${ics}`);

    // Assess: the calendar entry, confirmed, for the head, at 09:00 WIB on the visit day
    expect(calendar.headers()['content-type']).toMatch(/^text\/calendar\b/);
    const entry = (await calendar.text()).replace(/\r\n /g, '');
    expect(entry).toContain('METHOD:REQUEST');
    expect(entry).toContain('STATUS:CONFIRMED');
    expect(entry).toContain('SEQUENCE:2');
    expect(entry).toContain('DTSTART:20261130T020000Z');
    expect(entry).toContain('DTEND:20261130T050000Z');
    expect(entry).toContain('LOCATION:Ruang rapat Diskominfo\\, lantai 2');
    expect(entry).toContain('mailto:kepala.diskominfo@example.org');
    await screenshot(outbox, 'visit-invitation-outbox');
  });

  it.each([
    { mode: 'js', javaScriptEnabled: true, indicator: lowered, level: '2' },
    { mode: 'no-js', javaScriptEnabled: false, indicator: lowered2, level: '1' },
  ])(
    'records a lower level with its reason and a photo on the day ($mode), the final index lowered',
    async ({ mode, javaScriptEnabled, indicator, level }) => {
      // Arrange: the visit day, the team member on the visit page
      clock.moveTo(wib(visitDay, '10:00'));
      const evaluator = await phonePage(javaScriptEnabled);
      await signInAsDemo(evaluator, env.url, member.name);
      await evaluator.goto(`${env.url}${visitPath}`);
      const card = evaluator.locator(`#indikator-${indicator}`);
      const [verified, final] = [await index(evaluator, 'verified'), await index(evaluator, 'final')];
      const observed = 'Layanan berjalan, tetapi SOP belum ditetapkan dengan SK.';
      await card.getByLabel('Yang diamati').fill(observed);
      await card.getByLabel('Tingkat hasil kunjungan').selectOption(level);
      await card.getByLabel('Foto bukti (tidak wajib)').setInputFiles(photo);

      // Act: without the reason a lower level needs
      const photos = storedPhotos();
      let status = posted(evaluator);
      await card.getByRole('button', { name: 'Simpan temuan' }).click();

      // Assess: refused on the reason's field, in Bahasa Indonesia, nothing stored, the index kept
      expect(await status).toBe(400);
      const refused = evaluator.locator(`#indikator-${indicator}`);
      expect(await refused.getByRole('alert').locator('h2').textContent()).toBe('Tidak ada yang diubah');
      expect(await refused.locator(`#reason-${indicator}-error`).textContent()).toBe(
        'Tingkat hasil kunjungan berbeda dari tingkat 3: mohon tuliskan alasannya.',
      );
      expect(await refused.getByLabel('Yang diamati').inputValue()).toBe(observed);
      expect(await refused.locator('dd[data-level="found"]').textContent()).toBe('belum');
      expect(await index(evaluator, 'final')).toBe(final);
      expect(storedPhotos()).toBe(photos);
      expect(
        javaScriptEnabled
          ? await axeFindings(browser, evaluator, true)
          : await axeFindingsAsShown(browser, evaluator),
      ).toEqual([]);
      await screenshot(evaluator, `visit-finding-refused-${mode}`);

      // Act: with the reason, the photo chosen again
      await refused
        .getByLabel(
          'Alasan (wajib bila berbeda dari tingkat terverifikasi, atau dari tingkat yang diklaim bila belum diverifikasi)',
        )
        .fill('SK penetapan SOP tidak dapat ditunjukkan saat kunjungan.');
      await refused.getByLabel('Foto bukti (tidak wajib)').setInputFiles(photo);
      status = posted(evaluator);
      await refused.getByRole('button', { name: 'Simpan temuan' }).click();

      // Assess: the level found and the photo on the indicator; the final index lower, the verified kept
      expect(await status).toBe(303);
      await evaluator.waitForURL(/notice=finding#/);
      expect(await evaluator.getByRole('status').textContent()).toBe('Temuan tersimpan.');
      const saved = evaluator.locator(`#indikator-${indicator}`);
      expect(await saved.locator('dd[data-level="verified"]').textContent()).toBe('3');
      expect(await saved.locator('dd[data-level="found"]').textContent()).toBe(level);
      expect(await saved.textContent()).toContain('SK penetapan SOP tidak dapat ditunjukkan saat kunjungan.');
      // When it was recorded, in the city's zone (the clock stands at the morning of 30 November WIB)
      expect(await saved.locator('p.hint').first().textContent()).toMatch(
        new RegExp(`^oleh ${member.name}, 30 November 2026 pukul \\d{2}\\.\\d{2} WIB$`),
      );
      expect(await index(evaluator, 'verified')).toBe(verified);
      expect(await index(evaluator, 'final')).toBeLessThan(final);
      expect(storedPhotos()).toBe(photos + 1);
      expect(await saved.getByRole('link', { name: photo.name }).count()).toBe(1);
      // The link opens the photo itself, for the team
      const href = (await saved.getByRole('link', { name: photo.name }).getAttribute('href')) ?? '';
      const opened = await evaluator.request.get(`${env.url}${href}`);
      expect(opened.status()).toBe(200);
      expect(opened.headers()['content-type']).toBe('image/png');
      expect(Buffer.from(await opened.body()).equals(photo.buffer)).toBe(true);
      // The photo kept with the finding is the one the phone sent, byte for byte
      const { claims } = await callApiAs(env, member.id, 'GET', `/api/visits/${year}/${opd}`);
      expect(claims.indicators[indicator].finding.photos).toEqual([
        {
          name: photo.name,
          contentType: 'image/png',
          size: photo.buffer.length,
          sha256: createHash('sha256').update(photo.buffer).digest('hex'),
        },
      ]);
      expect(await axeFindings(browser, evaluator, javaScriptEnabled)).toEqual([]);
      await screenshot(evaluator, `visit-finding-saved-${mode}`);
    },
  );

  it('shows the lead evaluator the findings on the review screen, as the final levels', async () => {
    // Act
    const lead = await phonePage(true);
    await signInAsDemo(lead, env.url, 'Ridwan Hakim');
    const response = await lead.goto(`${env.url}/evaluasi/${year}/${opd}`);

    // Assess
    expect(response?.status()).toBe(200);
    const found = lead.locator('dt', { hasText: 'Hasil kunjungan (tingkat final)' });
    expect(await found.count()).toBe(2);
    expect(await lead.locator('body').textContent()).toContain(
      'SK penetapan SOP tidak dapat ditunjukkan saat kunjungan.',
    );
    expect(await axeFindings(browser, lead, true)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators, selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import {
  axeFindings,
  launchBrowser,
  newPhoneContext,
  operatorLink,
  screenshot,
  selfAssessmentOf,
  signInAsDemo,
  signInWithLink,
  startCycleOn,
  startTestEngine,
  type TestEngine,
  testCycle,
} from '#test/support/browser.ts';

const opd = 'diskominfo';
const indicators = responsibleIndicators(smartCityInstrument2026, opd).map((i) => i.id);
const [lowered = ''] = indicators;
const field = (indicator: string, part: Parameters<typeof selfAssessmentFieldId>[1]) =>
  selfAssessmentFieldId(indicator, part);

let env: TestEngine;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The signed link of the newest email whose subject matches, as the recipient's mail program shows it. */
async function linkInMail(subject: RegExp): Promise<{ to: string; link: string }> {
  const names = readdirSync(env.dirs.outbox)
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse();
  for (const name of names) {
    const email = await PostalMime.parse(readFileSync(join(env.dirs.outbox, name), 'utf8'));
    if (!subject.test(email.subject ?? '')) continue;
    const link = /http:\/\/[^\s]+\/l\/[A-Za-z0-9._-]+/.exec(email.text ?? '')?.[0];
    if (link) return { to: email.to?.[0]?.address ?? '', link: new URL(link).pathname };
  }
  throw new Error(`No email with a link whose subject matches ${subject}`);
}

describe.each([
  { mode: 'js', javaScriptEnabled: true },
  { mode: 'no-js', javaScriptEnabled: false },
])('the self-assessment and its review ($mode)', ({ mode, javaScriptEnabled }) => {
  beforeAll(async () => {
    env = await startTestEngine();
    await startCycleOn(env, { selfAssessment: true });
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('goes from the operator’s claims through a revision to the verified levels', async () => {
    const shot = (page: Page, step: string) => screenshot(page, `self-assessment-${mode}-${step}`);
    const options = { javaScriptEnabled, bypassCSP: true };
    const rina = await (await newPhoneContext(browser, options)).newPage();
    const posted = (page: Page) => page.waitForResponse((r) => r.request().method() === 'POST');

    // Act: the operator opens her link and fills every indicator at level 3, with a link as evidence
    const fill = await env.link({ ...operatorLink, obligation: selfAssessmentOf(opd) });
    expect(await signInWithLink(rina, `${env.url}${fill}`)).toBe('/forms/self-assessment/new');
    expect(await rina.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Penilaian Mandiri Smart City',
    );
    for (const indicator of indicators) {
      await rina.locator(`input[name="${field(indicator, 'level')}"][value="3"]`).check();
      await rina
        .locator(`textarea[name="${field(indicator, 'justification')}"]`)
        .fill('SK dan SOP telah ditetapkan; laporan penggunaan terlampir.');
      await rina
        .locator(`input[name="${field(indicator, 'evidenceLink')}"]`)
        .fill(`https://jambikota.go.id/bukti/${indicator}.pdf`);
    }

    // Assess: the projected score of the dimension, live with JavaScript, after a save without it
    if (!javaScriptEnabled) {
      await rina.getByRole('button', { name: 'Simpan draf' }).click();
      await rina.waitForURL(/\?saved=1$/);
    }
    await expect.poll(() => rina.locator('#computed-projectedGovernance').textContent()).toBe('3,00');
    expect(await axeFindings(browser, rina, javaScriptEnabled)).toEqual([]);
    await shot(rina, '01-filled');

    // Act: submit
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    expect(await rina.getByRole('status').first().textContent()).toContain('Terkirim');

    // Act: the verifier opens the email's link
    const review = await linkInMail(/menunggu verifikasi Anda/);
    expect(review.to).toMatch(/^evaluator/);
    const verifier = await (await newPhoneContext(browser, options)).newPage();
    const reviewPath = `/evaluasi/${testCycle.year}/${opd}`;
    expect(await signInWithLink(verifier, `${env.url}${review.link}`)).toBe(reviewPath);

    // Assess: each claim beside its evidence and the controls
    const first = verifier.locator(`#indicator-${lowered}`);
    expect(await first.textContent()).toContain('Tingkat 3');
    expect(await first.textContent()).toContain(`https://jambikota.go.id/bukti/${lowered}.pdf`);
    expect(await axeFindings(browser, verifier, javaScriptEnabled)).toEqual([]);
    await shot(verifier, '02-review');

    // Act: verify every level as claimed but one, lowered with a note, and ask for its revision
    for (const indicator of indicators)
      await verifier
        .locator(`select[name="level.${indicator}"]`)
        .selectOption(indicator === lowered ? '2' : '3');
    await verifier.locator(`textarea[name="note.${lowered}"]`).fill('SOP belum ditetapkan dengan SK.');
    await verifier.locator(`textarea[name="comment.${lowered}"]`).fill('Lampirkan SK penetapan SOP.');
    let answer = posted(verifier);
    await verifier.getByRole('button', { name: 'Minta perbaikan' }).click();
    expect((await answer).status()).toBe(303);
    await verifier.waitForURL(/notice=revision$/);
    await shot(verifier, '03-revision-requested');

    // Assess: the city's admin reads the cycle's reviews, the over-claim counted, and decides nothing
    const admin = await (await newPhoneContext(browser, options)).newPage();
    await signInAsDemo(admin, env.url, 'Admin Smart City');
    await admin.goto(`${env.url}/evaluasi`);
    expect(await admin.locator('tbody tr').filter({ hasText: 'Dinas Komunikasi' }).textContent()).toMatch(
      /1$/,
    );
    await admin.goto(`${env.url}${reviewPath}`);
    expect(await admin.locator(`#indicator-${lowered} .status--late`).count()).toBe(1);
    expect(await admin.getByRole('button', { name: /Terima|Accept/ }).count()).toBe(0);
    // The scores kept apart: the self index from the claims, the verified one lower, no final yet
    const index = admin.locator('table.scores tbody tr').first().locator('td');
    const [self, verified, final] = await index.allTextContents();
    expect(Number.parseFloat((self ?? '').replace(',', '.'))).toBeGreaterThan(
      Number.parseFloat((verified ?? '').replace(',', '.')),
    );
    expect(final).toBe('–');
    expect(await axeFindings(browser, admin, javaScriptEnabled)).toEqual([]);
    await admin.context().close();

    // Act: the operator comes back to her obligation
    await rina.goto(`${env.url}/kewajiban/${selfAssessmentOf(opd)}`);

    // Assess: her submission, the comment beside the answer, a way to revise
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    expect(await rina.locator('main').textContent()).toContain('Lampirkan SK penetapan SOP.');
    expect(await axeFindings(browser, rina, javaScriptEnabled)).toEqual([]);
    await shot(rina, '04-revision-asked');

    // Act: revise the lowered indicator and resubmit
    await rina.getByRole('link', { name: 'Perbaiki dan kirim ulang' }).click();
    await rina.waitForURL(/\/forms\/self-assessment\/new/);
    expect(await rina.locator('.field-note').first().textContent()).toContain('Lampirkan SK penetapan SOP.');
    expect(await rina.locator(`input[name="${field(lowered, 'level')}"][value="3"]`).isChecked()).toBe(true);
    await rina.locator(`input[name="${field(lowered, 'level')}"][value="2"]`).check();
    await rina.getByRole('button', { name: 'Kirim', exact: true }).click();
    await rina.waitForURL(/\/submissions\/[^/]+$/);
    const resubmitted = new URL(rina.url()).pathname;

    // Act: the verifier opens the review again and accepts it
    await verifier.goto(`${env.url}${reviewPath}`);
    expect(await verifier.locator('main').textContent()).toContain('Putaran 2');
    expect(await verifier.locator(`select[name="level.${lowered}"]`).inputValue()).toBe('2');
    answer = posted(verifier);
    await verifier.getByRole('button', { name: 'Terima penilaian' }).click();
    expect((await answer).status()).toBe(303);
    await verifier.waitForURL(/notice=accepted$/);
    expect(await verifier.locator('main').textContent()).toContain('Diterima');
    await shot(verifier, '05-accepted');

    // Assess: the operator sees the verified levels and the verifier's note
    await rina.goto(`${env.url}${resubmitted}`);
    const main = await rina.locator('main').textContent();
    expect(main).toContain('Tingkat terverifikasi: 2');
    expect(main).toContain('SOP belum ditetapkan dengan SK.');
    expect(await axeFindings(browser, rina, javaScriptEnabled)).toEqual([]);
    await shot(rina, '06-verified');
  });
});

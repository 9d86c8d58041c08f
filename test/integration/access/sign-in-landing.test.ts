import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '#infra/local/seed.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { WebVisitor } from '#test/support/web-visitor.ts';

let api: RunningApi;

beforeAll(async () => {
  api = await startApi();
  await seedDemoCity(api.ports.directory, api.ports.people);
});

afterAll(async () => {
  await api.stop();
});

describe('signing in: where each person lands, and in which language', () => {
  it.each([
    ['operator-diskominfo', '/tugas', 'id'],
    ['head-diskominfo', '/tugas', 'id'],
    ['evaluator', '/admin/kewajiban', 'id'],
    ['admin', '/admin/kewajiban', 'en'],
    ['sekda', '/admin/kewajiban', 'id'],
    ['kepala-bappeda', '/tugas', 'id'],
  ])('sends %s to %s in their stored language (%s)', async (person, landing, lang) => {
    const browser = new WebVisitor(api.baseUrl);
    const signedIn = await browser.demoSignIn(person);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(landing);
    expect(browser.cookies.get('siklus-lang')).toBe(lang);
    const page = await browser.get(landing);
    expect(page.text).toContain(`<html lang="${lang}">`);
  });

  it('refuses a person the demo city does not hold, signing nobody in', async () => {
    const browser = new WebVisitor(api.baseUrl);
    expect((await browser.demoSignIn('nobody')).status).toBe(404);
    expect(browser.session).toBeUndefined();
  });
});

describe('the admin’s cycle page', () => {
  it('shows the cycle’s dates and every send of the ladder, monthly reminders included, to an admin only', async () => {
    const { startCycle } = await import('#functions/obligations/start-cycle.ts');
    await startCycle(
      api.ports,
      { now: () => new Date('2026-01-05T01:00:00.000Z') },
      { city: 'jambi', year: 2026 },
    );
    const admin = new WebVisitor(api.baseUrl);
    await admin.demoSignIn('evaluator');
    const operator = new WebVisitor(api.baseUrl);
    await operator.demoSignIn('operator-diskominfo');

    const page = await admin.get('/admin/siklus');

    expect(page.status).toBe(200);
    expect(page.text).toContain('30 Oktober 2026');
    expect(page.text.match(/Pengingat bulanan/g)).toHaveLength(8);
    expect(page.text).toContain('Senin, 2 Februari 2026 08.00 WIB');
    expect(page.text.match(/Eskalasi/g)?.length).toBeGreaterThanOrEqual(2);
    expect((await operator.get('/admin/siklus')).status).toBe(403);
  });
});

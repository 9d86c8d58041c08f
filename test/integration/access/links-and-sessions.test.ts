import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { maxLiveSessions } from '#functions/platform/identity/session-store.ts';
import type { LinkRequest } from '#functions/platform/identity/signed-links.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { WebVisitor } from '#test/support/web-visitor.ts';

const city = 'jambi';
const obligation = obligationIdOf(city, 2026, 'diskominfo', 'innovation-report');
const fillLink: LinkRequest = {
  purpose: 'fill',
  city,
  opd: 'diskominfo',
  person: 'operator-diskominfo',
  obligation,
};
const headLink: LinkRequest = { ...fillLink, purpose: 'escalation', person: 'head-diskominfo' };
const secretaryLink: LinkRequest = { ...fillLink, purpose: 'escalation', person: 'sekda' };

let api: RunningApi;
const visitor = () => new WebVisitor(api.baseUrl);
const linkPath = async (request: LinkRequest, ttl = 3600) => `/l/${await api.ports.links.sign(request, ttl)}`;

/** A token signed by hand with any key bytes and any key id: what an attacker can build. */
function forge(payload: Record<string, unknown>, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `/l/${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

beforeAll(async () => {
  api = await startApi();
  await seedDemoCity(api.ports.directory, api.ports.people);
  await startCycle(api.ports, api.ports.clock, { city, year: 2026 });
  const runner = new LocalWorkflowRunner(
    loadWorkflowDefinitions(inject('assemblyDir')),
    createLocalFunctions(api.ports),
    api.ports.clock,
    { retryIntervalMs: 0 },
  );
  expect((await runner.start('cycle-kickoff', { city, year: 2026 })).status).toBe('SUCCEEDED');
});

afterAll(async () => {
  await api.stop();
});

describe('signed links: forged, malleable and foreign-key tokens open nothing', () => {
  it('refuses a token keyed with the name of the current key or of the pointer', async () => {
    const [body = ''] = (await linkPath(fillLink)).slice(3).split('.');
    const { kid } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const exp = Math.floor(Date.now() / 1000) + 3600 * 24 * 365 * 2;
    for (const [claimedKid, keyName] of [
      ['current', kid],
      [kid, kid],
      ['current', 'current'],
      [`key:${kid}`, kid],
    ]) {
      for (const key of [Buffer.from(keyName), Buffer.from(keyName, 'base64url')]) {
        const forged = forge({ ...fillLink, exp, kid: claimedKid }, key);
        const page = await visitor().get(forged);
        expect(page.status, `${claimedKid} keyed by ${keyName}`).toBe(400);
        expect(page.text).toContain('Tautan tidak sah');
      }
    }
  });

  it('refuses every other spelling of a valid token, and starts no session with any of them', async () => {
    const valid = await linkPath(fillLink);
    for (const spelling of [
      `${valid}!`,
      `${valid}=x`,
      `${valid}~`,
      `${valid}=`,
      `${valid}.`,
      `${valid}%20`,
    ]) {
      const browser = visitor();
      const page = await browser.get(spelling);
      expect([400, 404], spelling).toContain(page.status);
      expect(browser.session).toBeUndefined();
      const post = await browser.post('/l/open', {
        _csrf: browser.cookies.get('__Host-siklus-csrf') ?? 'x',
        token: decodeURIComponent(spelling.slice(3)),
      });
      expect([400, 403], spelling).toContain(post.status);
      expect(browser.session).toBeUndefined();
    }
  });
});

describe('signed links: what opening one grants', () => {
  it('shows a confirmation on GET and starts a session only when its button posts', async () => {
    const browser = visitor();
    const shown = await browser.get(await linkPath(fillLink));
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Masuk ke Siklus');
    expect(shown.text).toContain('action="/l/open"');
    expect(browser.session).toBeUndefined();
    expect((await browser.get('/tugas')).status).toBe(401);
  });

  it('refuses the sign-in post of another site, which cannot carry this browser’s CSRF cookie', async () => {
    const token = (await linkPath(fillLink)).slice(3);
    const attacker = visitor();
    const post = await attacker.post('/l/open', { _csrf: 'guessed', token });
    expect(post.status).toBe(403);
    expect(attacker.session).toBeUndefined();
  });

  it('signs an operator in for the OPD’s forms, never for an admin page', async () => {
    const browser = visitor();
    const opened = await browser.openLink(await linkPath(fillLink));
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`/kewajiban/${obligation}`);
    expect((await browser.get(opened.location ?? '')).location).toBe('/forms/innovation-report/new');
    expect((await browser.get('/tugas')).status).toBe(200);
    expect((await browser.get('/forms/innovation-report/new')).status).toBe(200);
    const admin = await browser.get('/admin/kewajiban');
    expect(admin.status).toBe(403);
    expect(admin.text).toContain('Tidak diizinkan');
  });

  it('opens the escalation link of the city secretary, who has no OPD, on the obligation alone', async () => {
    const browser = visitor();
    const opened = await browser.openLink(await linkPath(secretaryLink));
    expect(opened.status).toBe(303);
    const page = await browser.get(opened.location ?? '');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Laporan Inovasi');
    expect(page.text).toContain('Dinas Komunikasi dan Informatika');
    // The secretary is an admin in the directory; the link grants none of it.
    expect((await browser.get('/admin/kewajiban')).status).toBe(403);
    expect((await browser.get('/tugas')).status).toBe(403);
    const other = obligationIdOf(city, 2026, 'bappeda', 'innovation-report');
    expect((await browser.get(`/kewajiban/${other}`)).status).toBe(404);
  });

  it('shows the head of the OPD the obligation, not a form to fill', async () => {
    const browser = visitor();
    const opened = await browser.openLink(await linkPath(headLink));
    const page = await browser.get(opened.location ?? '');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('data-form');
    expect((await browser.get('/forms/innovation-report/new')).status).toBe(403);
  });

  it.each([
    ['an operator of another OPD', { ...fillLink, person: 'operator-dinkes' }],
    ['the head with a fill link', { ...fillLink, person: 'head-diskominfo' }],
    ['an evaluator with an escalation link', { ...headLink, person: 'evaluator' }],
    [
      'an obligation of another OPD',
      { ...fillLink, obligation: obligationIdOf(city, 2026, 'bappeda', 'innovation-report') },
    ],
    [
      'an obligation that does not exist',
      { ...fillLink, obligation: 'jambi.2031.diskominfo.innovation-report' },
    ],
  ])('opens nothing for a link naming %s', async (_, request) => {
    const page = await visitor().get(await linkPath(request as LinkRequest));
    expect(page.status).toBe(400);
  });
});

describe('signed links: fresh links for expired ones', () => {
  it('mails one fresh link per person and obligation a day, and never puts the token in a header', async () => {
    const before = api.ports.outbox.list().length;
    const expired = await linkPath(fillLink, -60);
    const other = await linkPath(fillLink, -120);
    const browser = visitor();
    const shown = await browser.get(expired);
    expect(shown.status).toBe(410);
    for (const path of [expired, other, expired]) {
      const renewed = await browser.post('/l/renew', {
        _csrf: WebVisitor.csrfOf(shown),
        token: path.slice(3),
      });
      expect(renewed.status).toBe(200);
      expect([...renewed.headers.values()].join(' ')).not.toContain(path.slice(3));
    }
    expect(api.ports.outbox.list().length - before).toBe(1);
  });

  it('answers a renewal of a still valid link with its confirmation page, not a redirect', async () => {
    const browser = visitor();
    const valid = await linkPath(fillLink);
    const shown = await browser.get(valid);
    const renewed = await browser.post('/l/renew', {
      _csrf: WebVisitor.csrfOf(shown),
      token: valid.slice(3),
    });
    expect(renewed.status).toBe(200);
    expect(renewed.location).toBeNull();
    expect(renewed.text).toContain('action="/l/open"');
  });
});

describe('sessions', () => {
  it('ends the earlier session of a browser when it signs in again', async () => {
    const browser = visitor();
    await browser.demoSignIn('operator-diskominfo');
    const first = browser.session;
    // Signed in, the start page offers no sign-in; a link from an email still does.
    expect((await browser.openLink(await linkPath(secretaryLink))).status).toBe(303);
    expect(browser.session).not.toBe(first);
    const replay = new WebVisitor(api.baseUrl);
    replay.cookies.set('__Host-siklus-session', first ?? '');
    expect((await replay.get('/tugas')).status).toBe(401);
  });

  it('signs a person out on every device at once', async () => {
    const phone = visitor();
    const desk = visitor();
    await phone.demoSignIn('evaluator');
    await desk.demoSignIn('evaluator');
    const page = await desk.get('/admin/kewajiban');
    const out = await desk.post('/auth/logout-everywhere', { _csrf: WebVisitor.csrfOf(page) });
    expect(out.status).toBe(200);
    expect(out.text).toContain('semua perangkat');
    expect((await phone.get('/admin/kewajiban')).status).toBe(401);
    expect((await desk.get('/admin/kewajiban')).status).toBe(401);
  });

  it(`keeps at most ${maxLiveSessions} live sessions per person, ending the oldest`, async () => {
    const browsers = Array.from({ length: maxLiveSessions + 2 }, () => visitor());
    for (const browser of browsers) await browser.demoSignIn('operator-dinkes');
    const live = [];
    for (const browser of browsers) live.push((await browser.get('/tugas')).status);
    expect(live).toEqual([401, 401, ...Array(maxLiveSessions).fill(200)]);
  });
});

describe('redirects after a language switch', () => {
  it.each([
    '/%09/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/%0D%0ALocation:%20https://evil.example',
    'https://evil.example',
    '/%5Cevil.example',
    `/${'a'.repeat(600)}`,
  ])('goes to the start page for next=%s', async (next) => {
    const response = await visitor().get(`/bahasa/en?next=${next}`);
    expect(response.status).toBe(303);
    expect(response.location).toBe('/');
  });

  it('follows a same-site path', async () => {
    const response = await visitor().get('/bahasa/en?next=/tugas%3Fa%3D1');
    expect(response.location).toBe('/tugas?a=1');
  });
});

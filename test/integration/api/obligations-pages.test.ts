import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { opdB, people } from '#test/support/api-people.ts';

const city = 'jambi';
const year = 2026;
const idOf = (opd: string) => obligationIdOf(city, year, opd, 'innovation-report');

/** A browser without a browser: one demo person's session cookie, and the CSRF token of their pages. */
interface Visitor {
  get(path: string): Promise<{ status: number; text: string }>;
  post(
    path: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; text: string; location: string | null }>;
  csrf: string;
}

describe('pages: the obligations page over HTTP (session, CSRF, roles, bad input)', () => {
  let api: RunningApi;
  const visitors = new Map<string, Visitor>();

  /** Signs a demo person in from the start page, as its one-click form does. */
  async function visitor(person: string, lang: 'id' | 'en' = 'id'): Promise<Visitor> {
    const signIn = await fetch(`${api.baseUrl}/demo/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: '__Host-siklus-csrf=t0k3n' },
      body: new URLSearchParams({ _csrf: 't0k3n', person }).toString(),
    });
    expect(signIn.status).toBe(303);
    const session = signIn.headers.getSetCookie().find((c) => c.startsWith('__Host-siklus-session='));
    const cookie = `${session?.split(';')[0]}; siklus-lang=${lang}`;
    const request = async (method: string, path: string, body?: string) => {
      const response = await fetch(`${api.baseUrl}${path}`, {
        method,
        redirect: 'manual',
        headers: { cookie, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(body ? { body } : {}),
      });
      return {
        status: response.status,
        text: await response.text(),
        location: response.headers.get('location'),
      };
    };
    const list = await request('GET', '/tugas');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(list.text)?.[1] ?? '';
    return {
      get: (path) => request('GET', path),
      post: (path, fields) => request('POST', path, new URLSearchParams(fields).toString()),
      csrf,
    };
  }

  const as = (person: string) => visitors.get(person) as Visitor;
  const move = (opd: string) => `/admin/kewajiban/${idOf(opd)}/pindah`;
  const waive = (opd: string) => `/admin/kewajiban/${idOf(opd)}/bebaskan`;

  beforeAll(async () => {
    // Monday 2 March 2026; innovation reports due Friday 30 October.
    api = await startApi();
    await seedDemoCity(api.ports.directory, api.ports.people);
    await startCycle(api.ports.directory, api.ports.clock, { city, year });
    const runner = new LocalWorkflowRunner(
      loadWorkflowDefinitions(inject('assemblyDir')),
      createLocalFunctions(api.ports),
      api.ports.clock,
      { retryIntervalMs: 0 },
    );
    expect((await runner.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
    for (const person of ['admin', 'evaluator', 'operator-diskominfo'])
      visitors.set(person, await visitor(person));
    visitors.set('admin-en', await visitor('admin', 'en'));
  });

  afterAll(async () => {
    await api.stop();
  });

  it('lists every OPD to the admin with a form per outstanding obligation, and to the evaluator without', async () => {
    // Act
    const admin = await as('admin').get('/admin/kewajiban');
    const evaluator = await as('evaluator').get('/admin/kewajiban');

    // Assess
    expect(admin.status).toBe(200);
    expect(admin.text).toContain('<h1>Kewajiban OPD</h1>');
    expect(admin.text).toContain('Dinas Komunikasi dan Informatika');
    expect(admin.text.match(/action="\/admin\/kewajiban\/[^"]+\/pindah"/g)?.length).toBe(30);
    expect(admin.text).toContain('href="/admin/kewajiban"');
    expect(evaluator.status).toBe(200);
    expect(evaluator.text).not.toContain('/pindah"');
  });

  it('refuses the page to an OPD operator and changes to anyone but an admin, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const operatorPage = await as('operator-diskominfo').get('/admin/kewajiban');
    const evaluator = as('evaluator');
    const evaluatorMove = await evaluator.post(move('bappeda'), { _csrf: evaluator.csrf, due: '2026-11-13' });
    const forged = await as('admin').post(waive('bappeda'), {
      _csrf: 'not-the-token',
      reason: 'Tidak perlu lagi',
    });

    // Assess
    expect(operatorPage.status).toBe(403);
    expect(operatorPage.text).toContain('Tidak diizinkan');
    expect(evaluatorMove.status).toBe(403);
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Formulir kedaluwarsa');
    expect(await api.dump()).toEqual(before);
  });

  it.each([
    [
      'a past date',
      move('bappeda'),
      { due: '2026-02-27' },
      'Tenggat baru harus hari kerja, hari ini (2026-03-02)',
    ],
    ['a national holiday', move('bappeda'), { due: '2026-08-17' }, 'Tenggat baru harus hari kerja'],
    ['no date', move('bappeda'), { due: '' }, 'Pilih tanggal tenggat baru'],
    ['an empty reason', waive('bappeda'), { reason: '   ' }, 'Tuliskan alasan pembebasan'],
    ['a long reason', waive('bappeda'), { reason: 'x'.repeat(501) }, 'paling panjang 500 huruf'],
  ])(
    'shows the page again for %s with the message beside the field, writing nothing',
    async (_, path, fields, message) => {
      // Prepare
      const before = await api.dump();
      const admin = as('admin');

      // Act
      const response = await admin.post(path, { _csrf: admin.csrf, ...fields });

      // Assess
      expect(response.status).toBe(400);
      expect(response.text).toContain('role="alert"');
      const beside = /<p class="error-message" id="(?:due|reason)-bappeda-error">([^<]*)<\/p>/.exec(
        response.text,
      );
      expect(beside?.[1]).toContain(message);
      expect(response.text).toContain('aria-invalid="true"');
      expect(await api.dump()).toEqual(before);
    },
  );

  it('says what is wrong in English to a person who chose English', async () => {
    // Act
    const admin = as('admin-en');
    const response = await admin.post(move('bappeda'), { _csrf: admin.csrf, due: '2026-11-14' });

    // Assess
    expect(response.status).toBe(400);
    expect(response.text).toContain('The new deadline must be a working day');
    expect(response.text).toContain('<html lang="en">');
  });

  it('moves a deadline and waives another, then shows each notice', async () => {
    // Act
    const admin = as('admin');
    const moved = await admin.post(move('bpkad'), { _csrf: admin.csrf, due: '2026-11-13' });
    const afterMove = await admin.get(moved.location ?? '');
    const waived = await admin.post(waive('bapenda'), { _csrf: admin.csrf, reason: 'Digabung ke BPKAD.' });
    const afterWaive = await admin.get(waived.location ?? '');

    // Assess
    expect([moved.status, moved.location]).toEqual([
      303,
      `/admin/kewajiban?notice=moved&obligation=${idOf('bpkad')}`,
    ]);
    expect(afterMove.text).toMatch(
      /role="status">Tenggat dipindahkan; pengingatnya ikut pindah: Badan Pengelolaan Keuangan dan Aset Daerah, 13 November 2026/,
    );
    expect(await api.ports.obligations.get(idOf('bpkad'))).toMatchObject({
      due: '2026-11-13',
      deadlineVersion: 2,
    });
    expect(waived.status).toBe(303);
    expect(afterWaive.text).toContain('Kewajiban dibebaskan: Badan Pendapatan Daerah.');
    expect(await api.ports.obligations.get(idOf('bapenda'))).toMatchObject({
      status: 'waived',
      waivedReason: 'Digabung ke BPKAD.',
    });
  });

  it('answers a submitted obligation with 409 and an unknown one with 404, writing nothing', async () => {
    // Prepare: Dinas Kesehatan has submitted its report
    const submitted = await api
      .as(people.operatorB)
      .post(`/api/forms/${formId}/submissions`, { formVersion: 1, answers: makeInnovationAnswers() });
    expect(submitted.status).toBe(201);
    const before = await api.dump();
    const admin = as('admin');

    // Act
    const closed = await admin.post(move(opdB.opd), { _csrf: admin.csrf, due: '2026-11-13' });
    const unknown = await admin.post(move('no-such-opd'), { _csrf: admin.csrf, due: '2026-11-13' });

    // Assess
    expect(closed.status).toBe(409);
    expect(closed.text).toContain('Kewajiban ini sudah berstatus submitted');
    expect(unknown.status).toBe(404);
    expect(await api.dump()).toEqual(before);
  });
});

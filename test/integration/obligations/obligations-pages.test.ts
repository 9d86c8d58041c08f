import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { obligationAudit } from '#functions/obligations/audit-events.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { opdB, people, withClaims } from '#test/support/api-people.ts';

const city = 'jambi';
const year = 2026;
const idOf = (opd: string) => obligationIdOf(city, year, opd, 'innovation-report');

/** A browser without a browser: one demo person's session cookie, and the CSRF token of their pages. */
interface Visitor {
  get(path: string): Promise<{ status: number; text: string; location: string | null }>;
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
  async function visitor(person: string, lang: Lang = 'id'): Promise<Visitor> {
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
    // Admins and evaluators land on the obligations, OPD staff on their to-do list.
    const landing = await request('GET', '/tugas');
    const list = landing.status === 303 ? await request('GET', landing.location ?? '') : landing;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(list.text)?.[1] ?? '';
    return {
      get: (path) => request('GET', path),
      post: (path, fields) => request('POST', path, new URLSearchParams(fields).toString()),
      csrf,
    };
  }

  const as = (person: string) => visitors.get(person) as Visitor;
  /** The OPDs of the table's rows, in order. */
  const rowsOf = (text: string) => [...text.matchAll(/<tr id="kewajiban-([^"]+)"/g)].map((m) => m[1]);
  /** The counts at the top of the page, by status (`all` for every OPD). */
  const countsOf = (text: string) =>
    Object.fromEntries(
      [...text.matchAll(/class="count count--(\w+)"[^>]*><strong>(\d+)<\/strong>/g)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    );
  /** One row of the table, from its `<tr>` to its `</tr>`. */
  const rowOf = (text: string, opd: string) =>
    new RegExp(`<tr id="kewajiban-${opd}">([\\s\\S]*?)</tr>`).exec(text)?.[1] ?? '';
  const move = (opd: string) => `/admin/kewajiban/${idOf(opd)}/pindah`;
  const waive = (opd: string) => `/admin/kewajiban/${idOf(opd)}/bebaskan`;

  beforeAll(async () => {
    // Monday 2 March 2026; innovation reports due Friday 30 October.
    api = await startApi();
    await seedDemoCity(api.ports.directory, api.ports.people);
    await startCycle(api.ports, api.ports.clock, { city, year });
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
      // Which rule failed, with the dates in words
      'Tenggat Jumat, 27 Februari 2026 sudah lewat; pilih hari ini (Senin, 2 Maret 2026) atau sesudahnya.',
    ],
    [
      'a national holiday',
      move('bappeda'),
      { due: '2026-08-17' },
      'Tenggat Senin, 17 Agustus 2026 bukan hari kerja (akhir pekan, libur nasional, atau cuti bersama).',
    ],
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
    expect(response.text).toContain('The due date Saturday, 14 November 2026 is not a working day');
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
  it('sends admins and evaluators from the to-do list to the obligations, and keeps OPD staff there', async () => {
    // Act
    const admin = await as('admin').get('/tugas');
    const evaluator = await as('evaluator').get('/tugas');
    const operator = await as('operator-diskominfo').get('/tugas');

    // Assess
    expect([admin.status, admin.location]).toEqual([303, '/admin/kewajiban']);
    expect([evaluator.status, evaluator.location]).toEqual([303, '/admin/kewajiban']);
    expect(operator.status).toBe(200);
    expect(operator.text).toContain('<h1>Daftar tugas</h1>');
  });

  describe('with a draft, a late submission and a missed deadline', () => {
    /** The operator of Dinas Pendidikan, who saves a draft and submits nothing. */
    const operatorPendidikan = withClaims(people.operatorB, {
      sub: 'user-operator-pendidikan',
      'custom:opd': 'dinas-pendidikan',
    });
    let draftId = '';

    /** Sets an obligation as the workflows would leave it (a late report, a missed deadline). */
    async function setObligation(opd: string, changes: Record<string, unknown>) {
      const current = await api.ports.obligations.get(idOf(opd));
      if (!current) throw new Error(`No obligation of ${opd}`);
      await api.ports.obligations.update(
        { ...current, ...changes, revision: current.revision + 1 },
        current.revision,
        obligationAudit.event('obligation.missed', {
          eventId: `test-${opd}`,
          at: '2026-03-02T01:00:00.000Z',
          actor: 'test',
          city,
          opd,
          entityId: idOf(opd),
          before: { status: current.status },
          after: changes,
        }),
      );
    }

    beforeAll(async () => {
      const draft = await api
        .as(operatorPendidikan)
        .post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: makeInnovationAnswers() });
      expect(draft.status).toBe(201);
      draftId = draft.body.draft.draftId;
      await setObligation('dinas-sosial', { status: 'submitted', late: true, submissionId: 'late-report' });
      await setObligation('satpol-pp', { status: 'missed' });
    });

    it('counts the OPDs of each status as the obligations stand', async () => {
      // Prepare
      const { obligations } = await api.ports.obligations.page(city, year, 100);
      const ofStatus = (status: string) => obligations.filter((o) => o.status === status).length;

      // Act
      const page = await as('admin').get('/admin/kewajiban');

      // Assess: saving a draft made its obligation a draft, counted as such and not as open
      expect(page.status).toBe(200);
      expect(ofStatus('draft')).toBe(1);
      expect(countsOf(page.text)).toEqual({
        all: obligations.length,
        open: ofStatus('open'),
        draft: 1,
        submitted: ofStatus('submitted'),
        late: obligations.filter((o) => o.late).length,
        missed: ofStatus('missed'),
        waived: ofStatus('waived'),
      });
      expect(countsOf(page.text)).toMatchObject({
        all: 30,
        draft: 1,
        submitted: 2,
        late: 1,
        missed: 1,
        waived: 1,
      });
      expect(page.text).toContain('href="/admin/kewajiban?status=draft"');
      expect(rowsOf(page.text)).toHaveLength(30);
    });

    it('shows one word per status, "Terlambat" only beside a late submission', async () => {
      // Act
      const page = await as('admin').get('/admin/kewajiban');

      // Assess
      const words = (opd: string) =>
        [...rowOf(page.text, opd).matchAll(/<span class="status status--(\w+)">([^<]+)<\/span>/g)].map(
          (m) => `${m[1]}:${m[2]}`,
        );
      expect(words('dinas-pendidikan')).toEqual(['draft:Draf tersimpan']);
      expect(words('diskominfo')).toEqual(['open:Belum dikirim']);
      expect(words('dinas-sosial')).toEqual(['submitted:Terkirim', 'late:Terlambat']);
      expect(words(opdB.opd)).toEqual(['submitted:Terkirim']);
      expect(words('satpol-pp')).toEqual(['missed:Lewat tenggat']);
      expect(words('bapenda')).toEqual(['waived:Dibebaskan']);
      expect(page.text).not.toMatch(/Terlambat[^<]*<\/th>|Tidak<\/td>/);
    });

    it('narrows the rows to a status, to OPDs whose name holds the search words, or to both', async () => {
      // Act
      const admin = as('admin');
      const drafts = await admin.get('/admin/kewajiban?status=draft');
      const late = await admin.get('/admin/kewajiban?status=late');
      const kecamatan = await admin.get('/admin/kewajiban?opd=KECAMATAN');
      const health = await admin.get('/admin/kewajiban?status=&opd=kesehatan');
      const both = await admin.get('/admin/kewajiban?status=submitted&opd=dinas');
      const none = await admin.get('/admin/kewajiban?status=waived&opd=kecamatan');
      const unknown = await admin.get('/admin/kewajiban?status=bogus');

      // Assess
      expect(rowsOf(drafts.text)).toEqual(['dinas-pendidikan']);
      expect(rowsOf(late.text)).toEqual(['dinas-sosial']);
      expect(rowsOf(kecamatan.text)).toHaveLength(11);
      expect(rowsOf(kecamatan.text).every((opd) => opd?.startsWith('kecamatan-'))).toBe(true);
      expect(countsOf(kecamatan.text)).toMatchObject({ all: 11, open: 11, waived: 0 });
      expect(kecamatan.text).toContain('href="/admin/kewajiban?status=open&amp;opd=KECAMATAN"');
      expect(kecamatan.text).toContain('value="KECAMATAN"');
      // The language switch comes back to the same rows
      expect(kecamatan.text).toContain('href="/bahasa/en?next=%2Fadmin%2Fkewajiban%3Fopd%3DKECAMATAN"');
      expect(rowsOf(health.text)).toEqual([opdB.opd]);
      expect(rowsOf(both.text).sort()).toEqual([opdB.opd, 'dinas-sosial'].sort());
      expect(rowsOf(none.text)).toEqual([]);
      expect(none.text).toContain('Tidak ada OPD yang sesuai dengan pilihan ini.');
      expect(rowsOf(unknown.text)).toHaveLength(30);
    });

    it('escapes the search words it shows again', async () => {
      // Act
      const page = await as('admin').get(
        `/admin/kewajiban?opd=${encodeURIComponent('"><script>x</script>')}`,
      );

      // Assess
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('<script>x');
      expect(page.text).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    });

    it('links a submitted row to its submission and a row with a draft to the draft, both of which open', async () => {
      // Prepare
      const submitted = await api.ports.obligations.get(idOf(opdB.opd));
      const admin = as('admin');

      // Act
      const page = await admin.get('/admin/kewajiban');
      const submissionHref = /href="(\/submissions\/[^"]+)"/.exec(rowOf(page.text, opdB.opd))?.[1];
      const draftHref = /href="(\/forms\/[^"]+)"/.exec(rowOf(page.text, 'dinas-pendidikan'))?.[1];

      // Assess
      expect(submissionHref).toBe(`/submissions/${submitted?.submissionId}`);
      expect(draftHref).toBe(`/forms/${formId}/drafts/${draftId}`);
      expect(rowOf(page.text, 'diskominfo')).not.toMatch(/href="\/(submissions|forms)\//);
      expect((await admin.get(submissionHref ?? '')).status).toBe(200);
      expect((await as('evaluator').get(submissionHref ?? '')).status).toBe(200);
      expect((await admin.get(draftHref ?? '')).status).toBe(200);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { moveDeadline } from '#functions/obligations/admin.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import type { AuditEvent } from '#functions/platform/audit/audit-event.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type ApiResponse, type RunningApi, startApi } from '#test/support/api-client.ts';
import { opdB, people, withClaims } from '#test/support/api-people.ts';

const city = 'jambi';
const year = 2026;
const obligationId = (opd: string) => obligationIdOf(city, year, opd, 'innovation-report');
const move = (opd: string) => `/api/obligations/${obligationId(opd)}/move`;
const waive = (opd: string) => `/api/obligations/${obligationId(opd)}/waive`;
const farFuture = new Date('2100-01-01T00:00:00Z');
const foreignAdmin = withClaims(people.admin, { 'custom:city': 'palembang', sub: 'user-admin-palembang' });

/** Every field error carries a message in Bahasa Indonesia and in English. */
function expectBilingual(response: ApiResponse) {
  expect(response.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
  for (const field of response.body.error.fields ?? []) {
    expect(field.message.id).not.toBe(field.message.en);
  }
}

describe('api: admins move deadlines and waive obligations of their own city', () => {
  let api: RunningApi;

  /** The schedules of one obligation, as the scheduler holds them. */
  const schedulesOf = async (opd: string) =>
    (await api.ports.localScheduler.due(farFuture)).filter((s) => s.input.obligationId === obligationId(opd));

  /** The audit events of one obligation, oldest first. */
  const historyOf = async (opd: string) => {
    const events: AuditEvent[] = [];
    await api.ports.audit.forCity(city, (page) => events.push(...page));
    return events.filter((e) => e.entity.id === obligationId(opd)).sort((a, b) => a.at.localeCompare(b.at));
  };

  beforeAll(async () => {
    // Monday 2 March 2026; the demo city's innovation reports are due Friday 30 October.
    api = await startApi();
    await seedDemoCity(api.ports.directory, api.ports.people);
    await startCycle(api.ports, api.ports.clock, { city, year });
    const kickoff = new LocalWorkflowRunner(
      loadWorkflowDefinitions(inject('assemblyDir')),
      createLocalFunctions(api.ports),
      api.ports.clock,
      { retryIntervalMs: 0 },
    );
    expect((await kickoff.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  });

  afterAll(async () => {
    await api.stop();
  });

  it.each([people.admin, people.evaluator])(
    'lists the current cycle to the $label a page at a time',
    async (reader) => {
      // Prepare
      const seen: { obligationId: string; due: string }[] = [];
      let cursor: string | undefined;

      // Act
      do {
        const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const response = await api.as(reader).get(`/api/obligations?limit=12${query}`);
        expect(response.status).toBe(200);
        expect(response.body.year).toBe(year);
        expect(response.body.obligations.length).toBeLessThanOrEqual(12);
        seen.push(...response.body.obligations);
        cursor = response.body.cursor;
      } while (cursor);

      // Assess
      expect(seen).toHaveLength(demoOpds.length);
      expect(new Set(seen.map((o) => o.obligationId))).toEqual(
        new Set(demoOpds.map((opd) => obligationId(opd.id))),
      );
      const dues = seen.map((o) => o.due);
      expect(dues).toEqual([...dues].sort());
      const again = await api.as(reader).get(`/api/obligations?year=${year}&limit=100`);
      expect(again.body.obligations).toHaveLength(demoOpds.length);
      expect(again.body.cursor).toBeUndefined();
    },
  );

  it('refuses the list to OPD roles (403), and answers 404 in a city without that cycle', async () => {
    // Act
    const operator = await api.as(people.operatorB).get('/api/obligations');
    const head = await api.as(people.headA).get('/api/obligations');
    const foreign = await api.as(foreignAdmin).get('/api/obligations');
    const otherYear = await api.as(people.admin).get('/api/obligations?year=2025');

    // Assess
    expect([operator.status, operator.body.error.code]).toEqual([403, 'forbidden']);
    expect([head.status, head.body.error.code]).toEqual([403, 'forbidden']);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'not_found']);
    expect([otherYear.status, otherYear.body.error.code]).toEqual([404, 'not_found']);
    expect(foreign.text).not.toContain(obligationId('diskominfo'));
  });

  it('refuses a cursor that is not one of its own pages with 400', async () => {
    // Prepare: a cursor of another city's list, and one that is not a cursor at all
    const first = await api.as(people.admin).get('/api/obligations?limit=5');
    const key = JSON.parse(Buffer.from(first.body.cursor, 'base64url').toString('utf8'));
    const foreign = Buffer.from(
      JSON.stringify({ ...key, gsi1pk: `CITY#palembang#CYCLE#${year}#OBL` }),
    ).toString('base64url');

    // Act
    const responses = [
      await api.as(people.admin).get(`/api/obligations?cursor=${foreign}`),
      await api.as(people.admin).get('/api/obligations?cursor=bm90LWpzb24'),
      await api.as(people.admin).get('/api/obligations?limit=1000'),
      await api.as(people.admin).get('/api/obligations?unknown=1'),
    ];

    // Assess
    expect(responses.map((r) => [r.status, r.body.error.code])).toEqual(
      responses.map(() => [400, 'invalid_request']),
    );
    for (const response of responses) expectBilingual(response);
  });

  describe('forged cursors: 400 invalid_cursor, nothing read or written', () => {
    let key: Record<string, unknown>;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    beforeAll(async () => {
      const first = await api.as(people.admin).get('/api/obligations?limit=5');
      key = JSON.parse(Buffer.from(first.body.cursor, 'base64url').toString('utf8'));
      expect(Object.keys(key).sort()).toEqual(['gsi1pk', 'gsi1sk', 'pk', 'sk']);
    });

    const forgeries: [string, () => string][] = [
      ['another city in the index key', () => encode({ ...key, gsi1pk: `CITY#palembang#CYCLE#${year}#OBL` })],
      ['another year in the index key', () => encode({ ...key, gsi1pk: `CITY#${city}#CYCLE#2025#OBL` })],
      [
        'another city in the table key',
        () => encode({ ...key, pk: 'OBL#palembang.2026.diskominfo.innovation-report' }),
      ],
      ['a table key of another kind of item', () => encode({ ...key, pk: `CITY#${city}`, sk: 'CITY' })],
      ['an empty sort key', () => encode({ ...key, sk: '' })],
      ['an index sort key of another form', () => encode({ ...key, gsi1sk: 'zzz' })],
      ['a number for a key', () => encode({ ...key, sk: 1 })],
      ['a key attribute too many', () => encode({ ...key, status: 'open' })],
      ['a key attribute too few', () => encode({ pk: key.pk, sk: key.sk, gsi1pk: key.gsi1pk })],
      ['a list of keys', () => encode([key])],
      ['JSON null', () => encode(null)],
      ['text that is not JSON', () => 'bm90LWpzb24'],
      ['characters outside base64url', () => `${encode(key)}%21`],
    ];

    it.each(forgeries)('refuses a cursor with %s', async (_, forge) => {
      // Prepare
      const before = await api.dump();

      // Act
      const response = await api.as(people.admin).get(`/api/obligations?cursor=${forge()}`);

      // Assess
      expect([response.status, response.body.error.code]).toEqual([400, 'invalid_request']);
      expect(response.body.error.fields).toEqual([
        expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' }),
      ]);
      expectBilingual(response);
      expect(response.text).not.toContain('palembang');
      expect(await api.dump()).toEqual(before);
    });

    it('accepts the cursor it handed out, unchanged', async () => {
      // Act
      const response = await api.as(people.admin).get(`/api/obligations?limit=5&cursor=${encode(key)}`);

      // Assess
      expect(response.status).toBe(200);
      expect(response.body.obligations).toHaveLength(5);
    });
  });

  it('moves a deadline: a new version, audited, its old schedules gone and new ones made', async () => {
    // Prepare
    const before = await schedulesOf('diskominfo');
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((s) => s.input.deadlineVersion))).toEqual(new Set([1]));
    const neighbour = await schedulesOf('bappeda');

    // Act: Friday 13 November 2026
    const response = await api.as(people.admin).post(move('diskominfo'), { due: '2026-11-13' });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.obligation).toMatchObject({
      obligationId: obligationId('diskominfo'),
      due: '2026-11-13',
      deadlineVersion: 2,
      status: 'open',
    });
    expect(response.body.scheduled).toBeGreaterThan(0);
    expect(await api.ports.obligations.get(obligationId('diskominfo'))).toMatchObject({
      due: '2026-11-13',
      deadlineVersion: 2,
      revision: 2,
    });
    const moved = (await historyOf('diskominfo')).filter((e) => e.action === 'obligation.moved');
    expect(moved).toEqual([
      expect.objectContaining({
        actor: 'user-admin',
        city,
        opd: 'diskominfo',
        before: { due: '2026-10-30', deadlineVersion: 1, status: 'open' },
        after: { due: '2026-11-13', deadlineVersion: 2, status: 'open' },
      }),
    ]);
    const after = await schedulesOf('diskominfo');
    // The new version's ladder, and the announcement of the move to the OPD a minute later
    expect(after.filter((s) => s.input.slot !== 'moved')).toHaveLength(response.body.scheduled);
    expect(after.filter((s) => s.input.slot === 'moved')).toMatchObject([
      { input: { previousDue: '2026-10-30' } },
    ]);
    expect(after.every((s) => s.input.deadlineVersion === 2 && /-v2-/.test(s.name))).toBe(true);
    const oldNames = new Set(before.map((s) => s.name));
    expect(after.filter((s) => oldNames.has(s.name))).toEqual([]);
    const lastReminder = after.filter((s) => s.input.slot === 'D-0').map((s) => s.at.toISOString());
    expect(lastReminder).toEqual(['2026-11-13T01:00:00.000Z']);
    expect(await schedulesOf('bappeda')).toEqual(neighbour);
  });

  it('moves a deadline into the year after the cycle, and the closing date with it', async () => {
    // Act: Tuesday 5 January 2027
    const response = await api.as(people.admin).post(move('dinas-pendidikan'), { due: '2027-01-05' });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.obligation).toMatchObject({
      due: '2027-01-05',
      closes: '2027-01-05',
      status: 'open',
    });
  });

  it('waives an obligation with its reason, audited, and sends it nothing more', async () => {
    // Act
    const response = await api
      .as(people.admin)
      .post(waive('disparbud'), { reason: '  Digabung ke Dinas Kebudayaan tahun ini.  ' });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.obligation).toMatchObject({
      status: 'waived',
      waivedReason: 'Digabung ke Dinas Kebudayaan tahun ini.',
    });
    const waived = (await historyOf('disparbud')).filter((e) => e.action === 'obligation.waived');
    expect(waived).toEqual([
      expect.objectContaining({
        actor: 'user-admin',
        before: { status: 'open' },
        after: { status: 'waived', reason: 'Digabung ke Dinas Kebudayaan tahun ini.' },
      }),
    ]);
    const again = await api.as(people.admin).post(move('disparbud'), { due: '2026-11-13' });
    expect([again.status, again.body.error.code]).toEqual([409, 'obligation_closed']);
  });

  describe('refuses everyone but an admin of the city, writing nothing', () => {
    const cases = [
      { who: people.operatorB, status: 403, code: 'forbidden' },
      { who: people.headA, status: 403, code: 'forbidden' },
      { who: people.evaluator, status: 403, code: 'forbidden' },
      { who: people.foreignCityOperator, status: 403, code: 'forbidden' },
      { who: foreignAdmin, status: 404, code: 'not_found' },
    ];

    it.each(cases)('answers $status to the $who.label', async ({ who, status, code }) => {
      // Prepare
      const before = await api.dump();

      // Act
      const moved = await api.as(who).post(move('dinas-sosial'), { due: '2026-11-13' });
      const waived = await api.as(who).post(waive('dinas-sosial'), { reason: 'Tidak perlu tahun ini' });

      // Assess
      expect([moved.status, moved.body.error.code]).toEqual([status, code]);
      expect([waived.status, waived.body.error.code]).toEqual([status, code]);
      expectBilingual(moved);
      expect(await api.dump()).toEqual(before);
    });

    it('answers 404 to an admin for an obligation that does not exist or a malformed id', async () => {
      // Prepare
      const before = await api.dump();

      // Act
      const responses = [
        await api.as(people.admin).post(move('no-such-opd'), { due: '2026-11-13' }),
        await api.as(people.admin).post('/api/obligations/Not_An_Id!/waive', { reason: 'Tidak perlu' }),
        await api
          .as(people.admin)
          .post(
            `/api/obligations/${obligationIdOf('palembang', year, 'diskominfo', 'innovation-report')}/move`,
            {
              due: '2026-11-13',
            },
          ),
      ];

      // Assess
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404]);
      expect(await api.dump()).toEqual(before);
    });
  });

  describe('refuses bad bodies with 400 and field errors, writing nothing', () => {
    const cases = [
      { name: 'no due date', path: move('dinas-sosial'), json: {}, fields: [['due', 'required']] },
      {
        name: 'a date in another format',
        path: move('dinas-sosial'),
        json: { due: '13-11-2026' },
        fields: [['due', 'invalid_format']],
      },
      {
        name: 'a date that does not exist',
        path: move('dinas-sosial'),
        json: { due: '2026-02-30' },
        fields: [['due', 'invalid_format']],
      },
      {
        name: 'an unknown field',
        path: move('dinas-sosial'),
        json: { due: '2026-11-13', deadlineVersion: 7 },
        fields: [['deadlineVersion', 'unknown_field']],
      },
      {
        name: 'a short reason',
        path: waive('dinas-sosial'),
        json: { reason: '  ok  ' },
        fields: [['reason', 'too_small']],
      },
      {
        name: 'a long reason',
        path: waive('dinas-sosial'),
        json: { reason: 'x'.repeat(501) },
        fields: [['reason', 'too_big']],
      },
      {
        name: 'a reason that is no text, and a status',
        path: waive('dinas-sosial'),
        json: { reason: 12345, status: 'accepted' },
        fields: [
          ['reason', 'invalid_type'],
          ['status', 'unknown_field'],
        ],
      },
    ];

    it.each(cases)('for $name', async ({ path, json, fields }) => {
      // Prepare
      const before = await api.dump();

      // Act
      const response = await api.as(people.admin).post(path, json);

      // Assess
      expect([response.status, response.body.error.code]).toEqual([400, 'invalid_request']);
      const got = (response.body.error.fields as { path: string; code: string }[]).map((f) => [
        f.path,
        f.code,
      ]);
      expect(got.sort()).toEqual([...fields].sort());
      expectBilingual(response);
      expect(await api.dump()).toEqual(before);
    });

    it.each([
      ['a past date', '2026-02-27', 'before_today'],
      ['a Saturday', '2026-11-14', 'not_working_day'],
      ['a national holiday', '2026-08-17', 'not_working_day'],
      ['a date far ahead', '9999-12-31', 'outside_cycle_years'],
      ['a date in a later cycle', '2099-01-05', 'outside_cycle_years'],
      ['a date in the year before the cycle', '2025-12-31', 'outside_cycle_years'],
      ['the first date of the calendar', '0000-01-01', 'outside_cycle_years'],
    ])('for %s as the new deadline, naming the rule it breaks', async (_, due, rule) => {
      // Prepare
      const before = await api.dump();

      // Act
      const response = await api.as(people.admin).post(move('dinas-sosial'), { due });

      // Assess
      expect([response.status, response.body.error.code]).toEqual([400, 'invalid_due_date']);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ path: 'due', code: rule })]);
      expectBilingual(response);
      expect(await api.dump()).toEqual(before);
    });

    it('says in words which date falls outside which years', async () => {
      // Act
      const response = await api.as(people.admin).post(move('dinas-sosial'), { due: '9999-12-31' });

      // Assess
      expect(response.body.error.fields[0].message).toEqual({
        id: 'Tenggat 31 Desember 9999 harus berada pada tahun siklus 2026 atau 2027.',
        en: "The due date 31 December 9999 must fall in the cycle's year 2026 or 2027.",
      });
    });

    it('refuses the same dates in the use case the command line calls', async () => {
      // Prepare
      const deps = {
        ...api.ports,
        newId: randomUUID,
        submissions: api.ports.submissions,
        kinds: moduleKinds,
        ports: api.ports,
      };
      const before = await api.dump();
      const moveTo = (due: string) =>
        moveDeadline(deps, 'cli', obligationId('dinas-sosial'), due).catch((error: unknown) => error);

      // Act
      const refusals = [
        await moveTo('2026-02-30'),
        await moveTo('13-11-2026'),
        await moveTo('9999-12-31'),
        await moveTo('2099-01-05'),
      ];

      // Assess
      expect(refusals.map((e) => e instanceof DomainError && [e.kind, e.code, e.fields?.[0]?.code])).toEqual([
        ['invalid', 'invalid_request', 'invalid_format'],
        ['invalid', 'invalid_request', 'invalid_format'],
        ['invalid', 'invalid_due_date', 'outside_cycle_years'],
        ['invalid', 'invalid_due_date', 'outside_cycle_years'],
      ]);
      expect(await api.dump()).toEqual(before);
    });
  });

  it('answers 409 for a submitted obligation, changing nothing', async () => {
    // Prepare: Dinas Kesehatan submits its report, which satisfies its obligation
    const submitted = await api
      .as(people.operatorB)
      .post(`/api/forms/${formId}/submissions`, { formVersion: 1, answers: makeInnovationAnswers() });
    expect(submitted.status).toBe(201);
    expect((await api.ports.obligations.get(obligationId(opdB.opd)))?.status).toBe('submitted');
    const before = await api.dump();

    // Act
    const moved = await api.as(people.admin).post(move(opdB.opd), { due: '2026-11-13' });
    const waived = await api.as(people.admin).post(waive(opdB.opd), { reason: 'Sudah tidak perlu' });

    // Assess
    expect([moved.status, moved.body.error.code]).toEqual([409, 'obligation_closed']);
    expect([waived.status, waived.body.error.code]).toEqual([409, 'obligation_closed']);
    expectBilingual(moved);
    expect(await api.dump()).toEqual(before);
  });
});

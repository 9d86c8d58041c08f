import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import {
  readInstrumentFile,
  writeInstrumentFile,
} from '#functions/assessment/instrument-files/file-format.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';
import { demoVersion } from '#test/support/instruments.ts';

const demo = smartCityInstrument2026;
const formats = ['xlsx', 'csv'] as const;

/** Version 2 of the demo family, for 2027, continuing every indicator of version 1. */
const version2 = demoVersion(2);

const base64Of = async (instrument: Instrument, format: (typeof formats)[number]) =>
  Buffer.from(await writeInstrumentFile(instrument, format)).toString('base64');

const auditEvents = (items: Record<string, unknown>[]) =>
  items.filter((item) => item.type === 'AuditEvent' && item.action === 'instrument.published');

describe("the API on a city's instruments", () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
    await api.ports.instruments.put('jambi', demo);
  });

  afterAll(async () => {
    await api.stop();
  });

  it.each([people.admin, people.evaluator])('lists the stored versions to the $label', async (reader) => {
    // Act
    const response = await api.as(reader).get('/api/instruments');

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.instruments).toEqual([
      { id: 'smart-city', version: 1, year: 2026, title: demo.title, indicatorCount: 36 },
    ]);
  });

  it('gives a version whole, as stored', async () => {
    // Act
    const response = await api.as(people.evaluator).get('/api/instruments/smart-city/1');

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.instrument).toStrictEqual(JSON.parse(JSON.stringify(demo)));
  });

  it.each(formats)(
    'exports a version as a %s file that reads back as the same instrument',
    async (format) => {
      // Act
      const response = await api.as(people.admin).get(`/api/instruments/smart-city/1/file?format=${format}`);

      // Assess
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ fileName: `smart-city-v1.${format}`, format });
      const bytes = new Uint8Array(Buffer.from(response.body.content, 'base64'));
      expect(bytes.byteLength).toBe(response.body.bytes);
      const read = await readInstrumentFile(bytes, format, async () => undefined);
      expect(read).toStrictEqual({ ok: true, instrument: demo });
    },
  );

  it.each([
    ['an operator', people.operatorA, '/api/instruments', 403],
    ['an operator', people.operatorA, '/api/instruments/smart-city/1/file', 403],
    ['another city', people.foreignCityOperator, '/api/instruments/smart-city/1', 403],
    ['the admin, for a version that is not stored', people.admin, '/api/instruments/smart-city/9', 404],
    [
      'the admin, for a format there is not',
      people.admin,
      '/api/instruments/smart-city/1/file?format=pdf',
      400,
    ],
  ])('refuses %s at %s', async (_, person, path, status) => {
    // Act
    const response = await api.as(person).get(path);

    // Assess
    expect(response.status).toBe(status);
    expect(response.text).not.toContain('Dinas');
  });

  it('takes the exported file back as unchanged, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api
      .as(people.admin)
      .post('/api/instruments', { format: 'csv', content: await base64Of(demo, 'csv') });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      instrument: { id: 'smart-city', version: 1, year: 2026, title: demo.title, indicatorCount: 36 },
      put: 'unchanged',
    });
    expect(await api.dump()).toEqual(before);
  });

  it('refuses a file with bad cells with every problem at its cell, in both languages, storing nothing', async () => {
    // Prepare
    const [first, second, ...rest] = version2.indicators;
    const spoilt = {
      ...version2,
      indicators: [{ ...first, aspect: 'dampak' }, { ...second, weight: -1 }, ...rest],
    } as unknown as Instrument;
    const before = await api.dump();

    // Act
    const response = await api
      .as(people.admin)
      .post('/api/instruments', { format: 'xlsx', content: await base64Of(spoilt, 'xlsx') });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('instrument_file_invalid');
    expect(response.body.error.fields).toEqual([
      {
        path: 'Indikator!D2',
        code: 'instrument_file',
        message: {
          id: expect.stringMatching(/^Indikator, baris 2, kolom D \(aspect\): /),
          en: 'Indikator, line 2, column D (aspect): Unknown aspect "dampak"; allowed: baseline, output, outcome, impact, quick-win.',
        },
      },
      {
        path: 'Indikator!AD3',
        code: 'instrument_file',
        message: {
          id: expect.stringContaining('Indikator, baris 3'),
          en: 'Indikator, line 3, column AD (weight): Invalid value: weight must be a number above 0, at most 100.',
        },
      },
    ]);
    expect(await api.dump()).toEqual(before);
  });

  it.each([
    ['an evaluator', people.evaluator],
    ['an operator', people.operatorA],
  ])('refuses a publication by %s with 403, writing nothing', async (_, person) => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api
      .as(person)
      .post('/api/instruments', { format: 'csv', content: await base64Of(version2, 'csv') });

    // Assess
    expect([response.status, response.body.error.code]).toEqual([403, 'forbidden']);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses other content under a published version with 409, writing nothing', async () => {
    // Prepare
    const changed = { ...demo, title: { ...demo.title, en: 'Changed after publication' } };
    const before = await api.dump();

    // Act
    const response = await api
      .as(people.admin)
      .post('/api/instruments', { format: 'csv', content: await base64Of(changed, 'csv') });

    // Assess
    expect([response.status, response.body.error.code]).toEqual([409, 'instrument_version_taken']);
    expect(await api.dump()).toEqual(before);
  });

  it.each([
    ['content that is not base64', { format: 'csv', content: 'not base64!' }, 'content'],
    ['a format there is not', { format: 'ods', content: 'AAAA' }, 'format'],
    ['a field it does not take', { format: 'csv', content: 'AAAA', city: 'palembang' }, 'city'],
  ])('refuses %s with 400 on that field, writing nothing', async (_, json, path) => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api.as(people.admin).post('/api/instruments', json);

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    expect(await api.dump()).toEqual(before);
  });

  it('publishes the next version, audited with who and when, and lists it', async () => {
    // Act
    const response = await api
      .as(people.admin)
      .post('/api/instruments', { format: 'xlsx', content: await base64Of(version2, 'xlsx') });
    const listed = await api.as(people.evaluator).get('/api/instruments');

    // Assess
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ instrument: { version: 2, year: 2027 }, put: 'stored' });
    expect(await api.ports.instruments.get('jambi', 'smart-city', 2)).toStrictEqual(version2);
    expect(listed.body.instruments.map((i: Instrument) => i.version)).toEqual([1, 2]);
    expect(auditEvents(await api.dump())).toEqual([
      expect.objectContaining({
        actor: 'user-admin',
        city: 'jambi',
        entity: { type: 'instrument', id: 'smart-city@2' },
        before: null,
        after: expect.objectContaining({ id: 'smart-city', version: 2, year: 2027, format: 'xlsx' }),
      }),
    ]);
  });
});

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import { itemBytes, maxItemBytes } from '#functions/platform/table/item-size.ts';
import { demoVersion } from '#test/support/instruments.ts';
import { createTestTable } from '#test/support/test-table.ts';

const city = 'jambi';
const demo = smartCityInstrument2026;

/** The demo family's next version, for another year, continuing every indicator. */
const version = demoVersion;

/** The same content with every object's keys written in the reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

describe('instrument store on DynamoDB Local', () => {
  let store: InstrumentStore;
  let table: Awaited<ReturnType<typeof createTestTable>>;

  beforeEach(async () => {
    table = await createTestTable();
    store = createInstrumentStore(table.documentClient, table.tableName);
  });

  it('stores a version and reads it back deep-equal', async () => {
    // Act
    const put = await store.put(city, demo);

    // Assess
    expect(put).toBe('stored');
    expect(await store.get(city, demo.id, 1)).toStrictEqual(demo);
    expect(await store.get(city, demo.id, 2)).toBeUndefined();
    expect(await store.get('sungai-penuh', demo.id, 1)).toBeUndefined();
  });

  it('finds the same content put again unchanged, whatever the order of its keys, and writes nothing', async () => {
    // Prepare
    await store.put(city, demo);
    const before = await table.dump();

    // Act
    const again = await store.put(city, reversedKeys(demo));

    // Assess
    expect(again).toBe('unchanged');
    expect(await table.dump()).toEqual(before);
  });

  it('refuses other content under a stored id and version as a conflict, and keeps the version as it was', async () => {
    // Prepare
    await store.put(city, demo);
    const before = await table.dump();
    const changed = { ...demo, title: { ...demo.title, en: 'Another title' } };

    // Act
    const refusal = await store.put(city, changed).catch((error: unknown) => error);

    // Assess
    expect(refusal).toMatchObject({
      name: 'DomainError',
      kind: 'conflict',
      code: 'instrument_version_taken',
      messages: {
        id: expect.stringContaining('Versi 1 instrumen "smart-city" sudah tersimpan dengan isi yang lain.'),
        en: expect.stringContaining(
          'Version 1 of instrument "smart-city" is already stored with different content.',
        ),
      },
    });
    expect(await table.dump()).toEqual(before);
  });

  it("keeps each city's versions apart: the same id and version may differ between cities", async () => {
    // Act
    await store.put(city, demo);
    const other = await store.put('sungai-penuh', { ...demo, year: 2027 });

    // Assess
    expect(other).toBe('stored');
    expect((await store.get(city, demo.id, 1))?.year).toBe(2026);
    expect((await store.get('sungai-penuh', demo.id, 1))?.year).toBe(2027);
  });

  it("gives a family's versions lowest first and its latest by number, not by text, and no other family's", async () => {
    // Prepare: versions put out of order, 10 after 9 (a text order would put it first), another family beside
    for (const n of [2, 10, 1, 9]) await store.put(city, n === 1 ? demo : version(n));
    await store.put(city, { ...demo, id: 'smart-city-uji', version: 11 });
    await store.put(city, { ...demo, id: 'smart' });

    // Act
    const versions = await store.versions(city, demo.id);
    const latest = await store.latest(city, demo.id);

    // Assess
    expect(versions).toEqual([1, 2, 9, 10]);
    expect(latest).toStrictEqual(version(10));
    expect(await store.versions(city, 'smart')).toEqual([1]);
    expect(await store.latest(city, 'absent')).toBeUndefined();
    expect(await store.versions(city, 'absent')).toEqual([]);
  });

  it("lists every version of every family of the city, by family then version, and no other city's", async () => {
    // Prepare
    await store.put(city, version(2));
    await store.put(city, demo);
    await store.put(city, {
      ...demo,
      id: 'smart-city-uji',
      year: 2030,
      indicators: demo.indicators.slice(0, 3),
    });
    await store.put('sungai-penuh', { ...demo, id: 'other' });

    // Act
    const list = await store.list(city);

    // Assess
    expect(list).toEqual([
      { id: 'smart-city', version: 1, year: 2026, title: demo.title, indicatorCount: 36 },
      { id: 'smart-city', version: 2, year: 2027, title: demo.title, indicatorCount: 36 },
      { id: 'smart-city-uji', version: 1, year: 2030, title: demo.title, indicatorCount: 3 },
    ]);
    expect(await store.list('kota-tanpa-instrumen')).toEqual([]);
  });

  it('refuses an instrument too large for one item, in both languages, and writes nothing', async () => {
    // Prepare: 36 indicators whose every level holds 2,000-character texts, about 1.7 MB
    const long = { id: 'x'.repeat(2000), en: 'y'.repeat(2000) };
    const level = { description: long, evidence: long };
    const huge: Instrument = {
      ...demo,
      indicators: demo.indicators.map((i) => ({ ...i, levels: [level, level, level, level, level] })),
    };

    // Act
    const refusal = await store.put(city, huge).catch((error: unknown) => error);

    // Assess
    expect(refusal).toMatchObject({
      kind: 'unprocessable',
      code: 'instrument_too_large',
      messages: {
        id: expect.stringMatching(
          /^Versi 1 instrumen "smart-city" terlalu besar untuk disimpan: \d+ KB, paling besar 400 KB/,
        ),
        en: expect.stringMatching(
          /^Version 1 of instrument "smart-city" is too large to store: \d+ KB, at most 400 KB/,
        ),
      },
    });
    expect(await table.dump()).toEqual([]);
  });

  it('refuses a version beyond what a key holds', async () => {
    // Act
    const refusal = await store.put(city, { ...demo, version: 1_000_000 }).catch((error: unknown) => error);

    // Assess
    expect(refusal).toMatchObject({ kind: 'unprocessable', code: 'instrument_version_too_high' });
    expect(await table.dump()).toEqual([]);
  });

  it('counts the size of an item as DynamoDB does: counted at the limit it is stored, a byte more it is refused', async () => {
    // Prepare: nested maps and lists, numbers, a boolean, two-byte letters, and a text filling the rest
    const itemOfSize = (bytes: number) => {
      const item: Record<string, unknown> = {
        pk: `SIZE#${bytes}`,
        sk: 'SIZE',
        nested: { levels: [{ id: 'é'.repeat(100), en: 'x' }], weight: 22.5, count: 36, all: true },
        fill: '',
      };
      item.fill = 'x'.repeat(bytes - itemBytes(item));
      return item;
    };
    const put = (item: Record<string, unknown>) =>
      table.documentClient.send(new PutCommand({ TableName: table.tableName, Item: item }));

    // Act
    const atLimit = itemOfSize(maxItemBytes);
    const beyond = itemOfSize(maxItemBytes + 1);

    // Assess
    expect(itemBytes(atLimit)).toBe(maxItemBytes);
    await expect(put(atLimit)).resolves.toBeDefined();
    await expect(put(beyond)).rejects.toThrow('Item size has exceeded the maximum allowed size');
  });
});

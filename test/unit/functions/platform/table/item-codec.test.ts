import { describe, expect, it } from 'vitest';
import { indexKeys as assessmentIndexKeys } from '#functions/assessment/keys.ts';
import { indexKeys as directoryIndexKeys, keys as directoryKeys } from '#functions/directory/keys.ts';
import { indexKeys as monitoringIndexKeys } from '#functions/monitoring/keys.ts';
import { indexKeys as obligationIndexKeys } from '#functions/obligations/keys.ts';
import { indexKeys as auditIndexKeys } from '#functions/platform/audit/keys.ts';
import { indexKeys as identityIndexKeys, keys } from '#functions/platform/identity/keys.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { keyAttributes, tableSchema } from '#functions/platform/table/table-schema.ts';
import { indexKeys as submissionIndexKeys } from '#functions/submissions/keys.ts';
import { indexKeys as scheduleIndexKeys } from '#infra/local/schedule-keys.ts';

const value = { city: 'jambi', opd: 'dinas-kesehatan', name: 'Dinas Kesehatan', nested: { pk: 'kept' } };

/** Every index entry of every part. */
const indexKeys = {
  ...identityIndexKeys,
  ...auditIndexKeys,
  ...monitoringIndexKeys,
  ...submissionIndexKeys,
  ...directoryIndexKeys,
  ...obligationIndexKeys,
  ...assessmentIndexKeys,
  ...scheduleIndexKeys,
};

/** Every index entry an item may carry, each built with placeholder arguments (query bounds left out). */
const indexEntries = Object.entries(indexKeys)
  .map(([name, build]) => {
    const args = Array.from({ length: build.length }, (_, i) => `a${i}`);
    return [name, (build as (...a: string[]) => Record<string, string>)(...args)] as const;
  })
  .filter(([, entry]) => Object.keys(entry).every((name) => (keyAttributes as string[]).includes(name)));

describe('item codec', () => {
  it('stores the keys, the type and the value, and reads back the value alone', () => {
    // Act
    const item = itemOf(
      { ...directoryKeys.opd('jambi', 'dinas-kesehatan'), ...submissionIndexKeys.opdListing('jambi', 'x') },
      'Opd',
      value,
    );

    // Assess
    expect(item).toEqual({
      pk: 'CITY#jambi',
      sk: 'OPD#dinas-kesehatan',
      gsi1pk: 'CITY#jambi#OPD#x',
      type: 'Opd',
      ...value,
    });
    expect(valueOfItem(item)).toEqual(value);
  });

  it('names every key attribute of the table and of each index', () => {
    // Assess
    expect([...keyAttributes].sort()).toEqual(
      [
        tableSchema.partitionKey,
        tableSchema.sortKey,
        ...tableSchema.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ].sort(),
    );
    expect(keyAttributes).toEqual(expect.arrayContaining(['pk', 'sk', 'gsi1pk', 'gsi1sk']));
  });

  it('reads back no key attribute and no type from an item that carries them all', () => {
    // Prepare
    const item = {
      ...Object.fromEntries(keyAttributes.map((name) => [name, `${name}-value`])),
      type: 'X',
      a: 1,
    };

    // Act
    const read = valueOfItem<Record<string, unknown>>(item);

    // Assess
    expect(read).toEqual({ a: 1 });
    for (const name of [...keyAttributes, 'type']) expect(read).not.toHaveProperty(name);
  });

  it.each(indexEntries)('leaks no key of the index entry %s', (_, entry) => {
    // Prepare
    const item = itemOf({ ...keys.person('jambi', 'p1'), ...entry }, 'Person', value);

    // Act
    const read = valueOfItem<Record<string, unknown>>(item);

    // Assess
    expect(read).toEqual(value);
    for (const name of Object.keys(entry)) expect(read).not.toHaveProperty(name);
  });
});

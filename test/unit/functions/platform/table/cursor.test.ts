import { describe, expect, it } from 'vitest';
import { indexKeys, keys, pageKeyShapes } from '#functions/obligations/keys.ts';
import {
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  type KeyShape,
} from '#functions/platform/table/cursor.ts';

const shape: KeyShape = pageKeyShapes.cycleObligations('jambi', 2026);
const lastKey = {
  ...keys.obligation('jambi.2026.dinas-kesehatan.innovation-report'),
  ...indexKeys.cycleObligation('jambi', 2026, '2026-10-30', 'dinas-kesehatan', 'innovation-report'),
};
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('gives back the key it encoded', () => {
    // Act
    const cursor = encodeCursor(lastKey);

    // Assess
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, shape)).toEqual(lastKey);
  });

  it.each([
    ['another city', { ...lastKey, pk: 'OBL#palembang.2026.dinas-kesehatan.innovation-report' }],
    ['another year', { ...lastKey, gsi1pk: 'CITY#jambi#CYCLE#2027#OBL' }],
    ['a city whose name only starts the same', { ...lastKey, pk: 'OBL#jambix2026.a.b' }],
    ['a key with a line after it', { ...lastKey, sk: 'OBL\nOBL' }],
    ['an empty value', { ...lastKey, gsi1sk: '' }],
    ['a value too long', { ...lastKey, gsi1sk: `2026-10-30#${'a'.repeat(600)}#b` }],
    ['a number', { ...lastKey, sk: 7 }],
    ['an attribute too many', { ...lastKey, extra: 'x' }],
    ['an attribute missing', { pk: lastKey.pk, sk: lastKey.sk, gsi1pk: lastKey.gsi1pk }],
    [
      'an inherited name instead of one',
      { pk: lastKey.pk, sk: lastKey.sk, gsi1pk: lastKey.gsi1pk, toString: 'x' },
    ],
    ['a list', [lastKey]],
    ['null', null],
  ])('refuses a key of %s', (_, key) => {
    expect(() => decodeCursor(encode(key), shape)).toThrow(InvalidCursorError);
  });

  it.each([
    ['text that is not JSON', Buffer.from('not json').toString('base64url')],
    ['characters outside base64url', `${encodeCursor(lastKey)}=`],
    ['an empty cursor', ''],
  ])('refuses %s', (_, cursor) => {
    expect(() => decodeCursor(cursor, shape)).toThrow(InvalidCursorError);
  });
});

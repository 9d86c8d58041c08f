import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of a cycle's selection of OPDs to visit: one item per city and cycle, its audit events
 * in the same partition.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a cycle's selection       | GetItem | pk = CITY#<city>#SELECTION#<year>, sk = SELECTION |
 * | a selection's history     | Query   | pk = CITY#<city>#SELECTION#<year>, begins_with(sk, AUDIT#) |
 */
export const keys = {
  selection: (city: string, year: number): Key => ({ pk: `CITY#${city}#SELECTION#${year}`, sk: 'SELECTION' }),
} as const;

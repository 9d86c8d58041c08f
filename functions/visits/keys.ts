import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of a cycle's selection of OPDs to visit, and of its visits: one selection item per
 * city and cycle, one item per visit in the cycle's visits partition, each with its audit events
 * in its own partition.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a cycle's selection       | GetItem | pk = CITY#<city>#SELECTION#<year>, sk = SELECTION |
 * | a selection's history     | Query   | pk = CITY#<city>#SELECTION#<year>, begins_with(sk, AUDIT#) |
 * | one visit                 | GetItem | pk = CITY#<city>#VISITS#<year>, sk = VISIT#<opd> |
 * | a cycle's visits          | Query   | pk = CITY#<city>#VISITS#<year>, begins_with(sk, VISIT#) |
 * | the visits' history       | Query   | pk = CITY#<city>#VISITS#<year>, begins_with(sk, AUDIT#) |
 *
 * A city has a few dozen visits a cycle (those drawn and those always visited): one partition
 * holds them all, and listing them is one query whatever the number of OPDs.
 */
export const keys = {
  selection: (city: string, year: number): Key => ({ pk: `CITY#${city}#SELECTION#${year}`, sk: 'SELECTION' }),
  visits: (city: string, year: number) => ({ pk: `CITY#${city}#VISITS#${year}`, prefix: 'VISIT#' }),
  visit: (city: string, year: number, opd: string): Key => ({
    pk: `CITY#${city}#VISITS#${year}`,
    sk: `VISIT#${opd}`,
  }),
} as const;

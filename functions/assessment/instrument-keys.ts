import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of a city's instruments: every version of every family in one partition of the city,
 * sorted by family, then by version (zero-padded, so that text order is number order). A city
 * keeps a family or two and a version a year, so the partition stays small.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a version of a family                       | GetItem | pk = CITY#<city>#INSTRUMENTS, sk = <id>#V#<000001> |
 * | a family's versions, lowest first           | Query   | pk = CITY#<city>#INSTRUMENTS, begins_with(sk, <id>#V#) |
 * | a family's latest version                   | Query   | the same, descending, limit 1 |
 * | the city's instruments, every family and version | Query | pk = CITY#<city>#INSTRUMENTS |
 */

/** The highest version a key can hold: six digits. */
export const maxKeyedVersion = 999_999;

const partition = (city: string) => `CITY#${city}#INSTRUMENTS`;

export const instrumentKeys = {
  /** One version of a family. */
  version: (city: string, id: string, version: number): Key => ({
    pk: partition(city),
    sk: `${id}#V#${String(version).padStart(6, '0')}`,
  }),
  /** Every version of a family: the partition and the prefix of their sort keys. */
  family: (city: string, id: string) => ({ pk: partition(city), skPrefix: `${id}#V#` }),
  /** Every instrument of a city. */
  city: (city: string) => ({ pk: partition(city) }),
} as const;

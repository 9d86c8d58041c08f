import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of the quick-win risk register: one plan per city and cycle, in one partition per
 * city (a few items a year).
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a cycle's plan            | GetItem | pk = CITY#<city>#RISKS, sk = PLAN#<year> |
 * | the plans' history        | Query   | pk = CITY#<city>#RISKS, begins_with(sk, AUDIT#) |
 *
 * The registers themselves are the OPDs' submissions of the `risk-register` form, and their
 * reviews the obligations' status: this part stores nothing else.
 */
export const keys = {
  plan: (city: string, year: number): Key => ({ pk: `CITY#${city}#RISKS`, sk: `PLAN#${year}` }),
} as const;

import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of the impact survey and the citizen survey: one plan per city and cycle, and a
 * partition per program under its public code, holding the program (with its running counts),
 * its responses, the devices that answered it and the citizen counts by district.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a cycle's plan             | GetItem | pk = CITY#<city>#IMPACT#<year>, sk = PLAN |
 * | the plan's history         | Query   | pk = CITY#<city>#IMPACT#<year>, begins_with(sk, AUDIT#) |
 * | a program by its code      | GetItem | pk = SURVEY#<code>, sk = PROGRAM |
 * | a program's responses      | Query   | pk = SURVEY#<code>, begins_with(sk, RESPONSE#<form>#) |
 * | one response               | GetItem | pk = SURVEY#<code>, sk = RESPONSE#<form>#<responseId> |
 * | a device's answer          | GetItem | pk = SURVEY#<code>, sk = DEVICE#<form>#<device hash> |
 * | the citizen counts         | Query   | pk = SURVEY#<code>, begins_with(sk, TALLY#) |
 *
 * A program's partition grows with its responses only (hundreds to a few thousand a year), and
 * every count a page shows is one item read, whatever the number of responses.
 */
export const keys = {
  plan: (city: string, year: number): Key => ({ pk: `CITY#${city}#IMPACT#${year}`, sk: 'PLAN' }),
  program: (code: string): Key => ({ pk: `SURVEY#${code}`, sk: 'PROGRAM' }),
  responses: (code: string, form: string) => ({ pk: `SURVEY#${code}`, prefix: `RESPONSE#${form}#` }),
  response: (code: string, form: string, responseId: string): Key => ({
    pk: `SURVEY#${code}`,
    sk: `RESPONSE#${form}#${responseId}`,
  }),
  device: (code: string, form: string, device: string): Key => ({
    pk: `SURVEY#${code}`,
    sk: `DEVICE#${form}#${device}`,
  }),
  tallies: (code: string) => ({ pk: `SURVEY#${code}`, prefix: 'TALLY#' }),
  tally: (code: string, district: string): Key => ({ pk: `SURVEY#${code}`, sk: `TALLY#${district}` }),
} as const;

import type { KeyShape } from '#functions/platform/table/cursor.ts';
import { type Key, literal, slug } from '#functions/platform/table/keys.ts';

/**
 * The keys of a cycle, its obligations (by due date too) and the day's digests.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a recipient's escalations of one day (digest)| Query     | pk = CITY#<city>#DIGEST#<personId>#<date>, sk begins_with ENTRY# |
 * | an obligation (and its history)              | GetItem / Query | pk = OBL#<obligationId>, sk = OBL / begins_with AUDIT# |
 * | a cycle's obligations, by due date            | Query     | gsi1pk = CITY#<city>#CYCLE#<year>#OBL, gsi1sk between dates |
 */
export const keys = {
  cycle: (city: string, year: number): Key => ({ pk: `CITY#${city}`, sk: `CYCLE#${year}` }),
  obligation: (obligationId: string): Key => ({ pk: `OBL#${obligationId}`, sk: 'OBL' }),
  /** One escalation in the day's digest of its recipient. */
  digestEntry: (city: string, personId: string, date: string, obligationId: string): Key => ({
    pk: `CITY#${city}#DIGEST#${personId}#${date}`,
    sk: `ENTRY#${obligationId}`,
  }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  /** A cycle's obligations by due date, keyed with the city so one date is never one hot partition. */
  cycleObligation: (city: string, year: number, due: string, opd: string, kind: string) => ({
    gsi1pk: `CITY#${city}#CYCLE#${year}#OBL`,
    gsi1sk: `${due}#${opd}#${kind}`,
  }),
  cycleObligations: (city: string, year: number) => ({ gsi1pk: `CITY#${city}#CYCLE#${year}#OBL` }),
} as const;

/** The key a cursor of each paged listing may name (see `pageKeyShapes` in cursor.ts). */
export const pageKeyShapes = {
  /** A page of `indexKeys.cycleObligations`: obligations `OBL#<city>.<year>.<opd>.<kind>`. */
  cycleObligations: (city: string, year: number): KeyShape => ({
    pk: new RegExp(`^OBL#${literal(`${city}.${year}.`)}${slug}\\.${slug}$`),
    sk: keys.obligation('').sk,
    gsi1pk: indexKeys.cycleObligations(city, year).gsi1pk,
    gsi1sk: new RegExp(`^\\d{4}-\\d{2}-\\d{2}#${slug}#${slug}$`),
  }),
} as const;

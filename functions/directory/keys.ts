import type { KeyShape } from '#functions/platform/table/cursor.ts';
import { type Key, literal, slug } from '#functions/platform/table/keys.ts';

/**
 * The keys of the directory: a city, its OPDs, the people of an OPD by role, its evaluators.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a person (profile, role, OPD, language)     | GetItem   | pk = CITY#<city>#PERSON#<personId>, sk = PERSON         |
 * | history of a person (sign-ins, links opened)| Query     | pk = CITY#<city>#PERSON#<personId>, sk begins_with AUDIT# |
 * | a city; its OPDs (paged); one cycle          | GetItem / Query | pk = CITY#<city>, sk = CITY / begins_with OPD# / CYCLE#<year> |
 * | people of an OPD by role                     | Query     | gsi1pk = CITY#<city>#OPD#<opd>#PEOPLE, gsi1sk begins_with <role># |
 * | a city's evaluators (the evaluation team)    | Query     | gsi1pk = CITY#<city>#EVALUATORS (gsi1sk = <personId>)   |
 *
 * A person item carries at most one gsi1 entry: people of an OPD role the OPD's, evaluators (who
 * have no OPD) the city's evaluators'; admins none.
 */
export const keys = {
  city: (city: string): Key => ({ pk: `CITY#${city}`, sk: 'CITY' }),
  opd: (city: string, opd: string): Key => ({ pk: `CITY#${city}`, sk: `OPD#${opd}` }),
  opdsPrefix: (city: string) => ({ pk: `CITY#${city}`, skPrefix: 'OPD#' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  /** People of an OPD by role: who gets reminders (operators) and escalations (the head). */
  opdPerson: (city: string, opd: string, role: string, personId: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}#PEOPLE`,
    gsi1sk: `${role}#${personId}`,
  }),
  opdPeople: (city: string, opd: string) => ({ gsi1pk: `CITY#${city}#OPD#${opd}#PEOPLE` }),
  /** The city's evaluators: whom reviews are assigned to, in person id order. */
  evaluator: (city: string, personId: string) => ({
    gsi1pk: `CITY#${city}#EVALUATORS`,
    gsi1sk: personId,
  }),
  evaluators: (city: string) => ({ gsi1pk: `CITY#${city}#EVALUATORS` }),
} as const;

/** The key a cursor of each paged listing may name (see `pageKeyShapes` in cursor.ts). */
export const pageKeyShapes = {
  /** A page of `keys.opdsPrefix`: the OPDs of one city, `OPD#<opd>`. */
  cityOpds: (city: string): KeyShape => ({
    pk: keys.city(city).pk,
    sk: new RegExp(`^${literal(keys.opd(city, '').sk)}${slug}$`),
  }),
} as const;

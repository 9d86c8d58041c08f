import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of who people are: their profiles, web sessions, sign-in counters and claimed side effects.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a web session, by the hash of its id        | GetItem   | pk = SESSION#<sha256(id)>, sk = SESSION                 |
 * | a person's web sessions, oldest first       | Query     | gsi1pk = CITY#<city>#PERSON#<personId>#SESSIONS         |
 * | sign-ins of one client in a time window     | UpdateItem (counter) | pk = RATE#<key>#<window start>, sk = RATE     |
 * | the claim of a side effect (email, link)     | PutItem if absent | pk = CLAIM#<business key>, sk = CLAIM        |
 */
export const keys = {
  person: (city: string, personId: string): Key => ({ pk: `CITY#${city}#PERSON#${personId}`, sk: 'PERSON' }),
  /** By the SHA-256 of the session id: the table never holds a usable session id. */
  session: (idHash: string): Key => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  /** A counter of one client's attempts in one time window (rate limits); TTL removes it after. */
  rate: (key: string, windowStart: number): Key => ({ pk: `RATE#${key}#${windowStart}`, sk: 'RATE' }),
  /** A side effect claimed by its business key, so that it happens at most once. */
  claim: (businessKey: string): Key => ({ pk: `CLAIM#${businessKey}`, sk: 'CLAIM' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  /** A person's live web sessions, so that they can be capped and all ended at once. */
  personSession: (city: string, personId: string, createdAt: string, idHash: string) => ({
    gsi1pk: `CITY#${city}#PERSON#${personId}#SESSIONS`,
    gsi1sk: `${createdAt}#${idHash}`,
  }),
  personSessions: (city: string, personId: string) => ({
    gsi1pk: `CITY#${city}#PERSON#${personId}#SESSIONS`,
  }),
} as const;

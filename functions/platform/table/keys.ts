/**
 * Every key of the single table is built here and nowhere else.
 *
 * Access patterns (each served by GetItem or Query, never Scan):
 * | pattern                                   | operation | key condition                                          |
 * | ----------------------------------------- | --------- | ------------------------------------------------------ |
 * | health probe of the table                  | GetItem   | pk = SYSTEM, sk = PROBE                                 |
 * | heartbeat written by a workflow execution  | GetItem   | pk = HEARTBEAT, sk = EXEC#<executionId>                 |
 * | failures of one execution                  | Query     | pk = EXEC#<executionId>, sk begins_with FAILURE#        |
 * | workflow failures, newest first            | Query     | gsi1pk = FAILURE, gsi1sk <= <at> (descending)          |
 * | a draft, by id, within the caller's city    | GetItem   | pk = CITY#<city>#DRAFT#<draftId>, sk = DRAFT           |
 * | a submission, by id, within the city        | GetItem   | pk = CITY#<city>#SUB#<submissionId>, sk = SUB           |
 * | history (audit events) of a draft/submission| Query     | pk = <its pk>, sk begins_with AUDIT#                    |
 * | an OPD's drafts and submissions, by form    | Query     | gsi1pk = CITY#<city>#OPD#<opd>, gsi1sk begins_with DRAFT#/SUB# |
 * | a city's audit log, in time order           | Query     | gsi1pk = CITY#<city>#AUDIT, gsi1sk between <from> and <to> |
 * | a person (profile, role, OPD, language)     | GetItem   | pk = CITY#<city>#PERSON#<personId>, sk = PERSON         |
 * | history of a person (sign-ins, links opened)| Query     | pk = CITY#<city>#PERSON#<personId>, sk begins_with AUDIT# |
 * | a web session, by the hash of its id        | GetItem   | pk = SESSION#<sha256(id)>, sk = SESSION                 |
 * | a person's web sessions, oldest first       | Query     | gsi1pk = CITY#<city>#PERSON#<personId>#SESSIONS         |
 * | a recipient's escalations of one day (digest)| Query     | pk = CITY#<city>#DIGEST#<personId>#<date>, sk begins_with ENTRY# |
 * | sign-ins of one client in a time window     | UpdateItem (counter) | pk = RATE#<key>#<window start>, sk = RATE     |
 * | the claim of a side effect (email, link)     | PutItem if absent | pk = CLAIM#<business key>, sk = CLAIM        |
 * | a city; its OPDs (paged); one cycle          | GetItem / Query | pk = CITY#<city>, sk = CITY / begins_with OPD# / CYCLE#<year> |
 * | people of an OPD by role                     | Query     | gsi1pk = CITY#<city>#OPD#<opd>#PEOPLE, gsi1sk begins_with <role># |
 * | an obligation (and its history)              | GetItem / Query | pk = OBL#<obligationId>, sk = OBL / begins_with AUDIT# |
 * | a cycle's obligations, by due date            | Query     | gsi1pk = CITY#<city>#CYCLE#<year>#OBL, gsi1sk between dates |
 * | a local schedule (embedded runtime only)     | Put / Delete | pk = SCHEDULE#<group>#<name>, sk = SCHEDULE    |
 * | local schedules due by a time, earliest first| Query     | gsi1pk = SCHEDULES#DUE, gsi1sk < <until ISO>$ (ascending) |
 *
 * A paged Query hands out its last key as a cursor (see cursor.ts); `pageKeyShapes` says what key
 * a cursor of each paged query may name.
 */

import type { KeyShape } from './cursor.ts';

export interface Key {
  pk: string;
  sk: string;
}

export const keys = {
  probe: (): Key => ({ pk: 'SYSTEM', sk: 'PROBE' }),
  heartbeat: (executionId: string): Key => ({ pk: 'HEARTBEAT', sk: `EXEC#${executionId}` }),
  workflowFailure: (executionId: string, state: string): Key => ({
    pk: `EXEC#${executionId}`,
    sk: `FAILURE#${state}`,
  }),
  executionFailuresPrefix: (executionId: string) => ({ pk: `EXEC#${executionId}`, skPrefix: 'FAILURE#' }),
  draft: (city: string, draftId: string): Key => ({ pk: `CITY#${city}#DRAFT#${draftId}`, sk: 'DRAFT' }),
  submission: (city: string, submissionId: string): Key => ({
    pk: `CITY#${city}#SUB#${submissionId}`,
    sk: 'SUB',
  }),
  /** An audit event lives in the partition of the entity it describes, so its history is one Query. */
  auditEvent: (entity: Key, at: string, eventId: string): Key => ({
    pk: entity.pk,
    sk: `AUDIT#${at}#${eventId}`,
  }),
  auditPrefix: (entity: Key) => ({ pk: entity.pk, skPrefix: 'AUDIT#' }),
  person: (city: string, personId: string): Key => ({ pk: `CITY#${city}#PERSON#${personId}`, sk: 'PERSON' }),
  /** By the SHA-256 of the session id: the table never holds a usable session id. */
  session: (idHash: string): Key => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  city: (city: string): Key => ({ pk: `CITY#${city}`, sk: 'CITY' }),
  opd: (city: string, opd: string): Key => ({ pk: `CITY#${city}`, sk: `OPD#${opd}` }),
  opdsPrefix: (city: string) => ({ pk: `CITY#${city}`, skPrefix: 'OPD#' }),
  cycle: (city: string, year: number): Key => ({ pk: `CITY#${city}`, sk: `CYCLE#${year}` }),
  obligation: (obligationId: string): Key => ({ pk: `OBL#${obligationId}`, sk: 'OBL' }),
  /** One escalation in the day's digest of its recipient. */
  digestEntry: (city: string, personId: string, date: string, obligationId: string): Key => ({
    pk: `CITY#${city}#DIGEST#${personId}#${date}`,
    sk: `ENTRY#${obligationId}`,
  }),
  /** A counter of one client's attempts in one time window (rate limits); TTL removes it after. */
  rate: (key: string, windowStart: number): Key => ({ pk: `RATE#${key}#${windowStart}`, sk: 'RATE' }),
  /** A side effect claimed by its business key, so that it happens at most once. */
  claim: (businessKey: string): Key => ({ pk: `CLAIM#${businessKey}`, sk: 'CLAIM' }),
  /** A one-time schedule of the embedded runtime's scheduler; on AWS, EventBridge Scheduler holds them. */
  schedule: (group: string, name: string): Key => ({ pk: `SCHEDULE#${group}#${name}`, sk: 'SCHEDULE' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  failureByTime: (at: string) => ({ gsi1pk: 'FAILURE', gsi1sk: at }),
  opdDraft: (city: string, opd: string, formId: string, draftId: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}`,
    gsi1sk: `DRAFT#${formId}#${draftId}`,
  }),
  opdSubmission: (city: string, opd: string, formId: string, submittedAt: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}`,
    gsi1sk: `SUB#${formId}#${submittedAt}`,
  }),
  opdListing: (city: string, opd: string) => ({ gsi1pk: `CITY#${city}#OPD#${opd}` }),
  cityAudit: (city: string, at: string, eventId: string) => ({
    gsi1pk: `CITY#${city}#AUDIT`,
    gsi1sk: `${at}#${eventId}`,
  }),
  /** People of an OPD by role: who gets reminders (operators) and escalations (the head). */
  opdPerson: (city: string, opd: string, role: string, personId: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}#PEOPLE`,
    gsi1sk: `${role}#${personId}`,
  }),
  opdPeople: (city: string, opd: string) => ({ gsi1pk: `CITY#${city}#OPD#${opd}#PEOPLE` }),
  /** A person's live web sessions, so that they can be capped and all ended at once. */
  personSession: (city: string, personId: string, createdAt: string, idHash: string) => ({
    gsi1pk: `CITY#${city}#PERSON#${personId}#SESSIONS`,
    gsi1sk: `${createdAt}#${idHash}`,
  }),
  personSessions: (city: string, personId: string) => ({
    gsi1pk: `CITY#${city}#PERSON#${personId}#SESSIONS`,
  }),
  /** A cycle's obligations by due date, keyed with the city so one date is never one hot partition. */
  cycleObligation: (city: string, year: number, due: string, opd: string, kind: string) => ({
    gsi1pk: `CITY#${city}#CYCLE#${year}#OBL`,
    gsi1sk: `${due}#${opd}#${kind}`,
  }),
  cycleObligations: (city: string, year: number) => ({ gsi1pk: `CITY#${city}#CYCLE#${year}#OBL` }),
  /**
   * The local scheduler's due list, in time order (ties by group, then name). One partition: the
   * embedded runtime runs one city at a time, and on AWS these items never exist.
   */
  scheduleDue: (at: string, group: string, name: string) => ({
    gsi1pk: 'SCHEDULES#DUE',
    gsi1sk: `${at}#${group}#${name}`,
  }),
  schedulesDue: () => ({ gsi1pk: 'SCHEDULES#DUE' }),
  /** Every local schedule due by `until` sorts below `gsi1skBelow` (`$` follows `#`). */
  schedulesDueBy: (until: string) => ({ gsi1pk: 'SCHEDULES#DUE', gsi1skBelow: `${until}$` }),
} as const;

/** Ids as the directory makes them: lowercase letters, digits and dashes (`dinas-kesehatan`). */
const slug = '[a-z0-9][a-z0-9-]{0,62}';
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The key of an item on each paged listing, as a cursor of that listing must name it: the same
 * index partition (so a cursor never reads another city's or year's page) and table and sort
 * keys of the form its items carry.
 */
export const pageKeyShapes = {
  /** A page of `keys.opdsPrefix`: the OPDs of one city, `OPD#<opd>`. */
  cityOpds: (city: string): KeyShape => ({
    pk: keys.city(city).pk,
    sk: new RegExp(`^${literal(keys.opd(city, '').sk)}${slug}$`),
  }),
  /** A page of `indexKeys.cycleObligations`: obligations `OBL#<city>.<year>.<opd>.<kind>`. */
  cycleObligations: (city: string, year: number): KeyShape => ({
    pk: new RegExp(`^OBL#${literal(`${city}.${year}.`)}${slug}\\.${slug}$`),
    sk: keys.obligation('').sk,
    gsi1pk: indexKeys.cycleObligations(city, year).gsi1pk,
    gsi1sk: new RegExp(`^\\d{4}-\\d{2}-\\d{2}#${slug}#${slug}$`),
  }),
} as const;

/**
 * The single table's keys: each part of the cycle builds those of its own items in its
 * `keys.ts` (`functions/<part>/keys.ts`, the platform's in `platform/identity` and
 * `platform/audit`, the embedded scheduler's in `infra/local/schedule-keys.ts`); this table lists
 * every access pattern in one place.
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
 * | a self-assessment review (and its history)   | GetItem / Query | pk = CITY#<city>#REVIEW#<year>.<opd>, sk = REVIEW / begins_with AUDIT# |
 * | a verifier's queue of reviews, by due date   | Query     | pk = CITY#<city>#VERIFIER#<personId>#QUEUE, sk = <due>#<year>.<opd> |
 * | a cycle's reviews, by due date (lead evaluator) | Query  | gsi1pk = CITY#<city>#CYCLE#<year>#REVIEWS, gsi1sk = <due>#<opd> |
 * | a local schedule (embedded runtime only)     | Put / Delete | pk = SCHEDULE#<group>#<name>, sk = SCHEDULE    |
 * | local schedules due by a time, earliest first| Query     | gsi1pk = SCHEDULES#DUE, gsi1sk < <until ISO>$ (ascending) |
 *
 * A paged Query hands out its last key as an opaque cursor (see cursor.ts); each part's
 * `pageKeyShapes` says what key a cursor of its paged queries may name.
 */

export interface Key {
  pk: string;
  sk: string;
}

/** Ids as the directory makes them: lowercase letters, digits and dashes (`dinas-kesehatan`). */
export const slug = '[a-z0-9][a-z0-9-]{0,62}';

/** `text` as a regular expression that matches it literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

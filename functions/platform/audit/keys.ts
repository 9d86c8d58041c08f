import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of the audit trail: an event in its entity's partition, and the city's log.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a city's audit log, in time order           | Query     | gsi1pk = CITY#<city>#AUDIT, gsi1sk between <from> and <to> |
 */
export const keys = {
  /** An audit event lives in the partition of the entity it describes, so its history is one Query. */
  auditEvent: (entity: Key, at: string, eventId: string): Key => ({
    pk: entity.pk,
    sk: `AUDIT#${at}#${eventId}`,
  }),
  auditPrefix: (entity: Key) => ({ pk: entity.pk, skPrefix: 'AUDIT#' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  cityAudit: (city: string, at: string, eventId: string) => ({
    gsi1pk: `CITY#${city}#AUDIT`,
    gsi1sk: `${at}#${eventId}`,
  }),
} as const;

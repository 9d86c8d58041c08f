import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of the embedded runtime's schedules (on AWS, EventBridge Scheduler holds them).
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a local schedule (embedded runtime only)     | Put / Delete | pk = SCHEDULE#<group>#<name>, sk = SCHEDULE    |
 * | local schedules due by a time, earliest first| Query     | gsi1pk = SCHEDULES#DUE, gsi1sk < <until ISO>$ (ascending) |
 */
export const keys = {
  /** A one-time schedule of the embedded runtime's scheduler; on AWS, EventBridge Scheduler holds them. */
  schedule: (group: string, name: string): Key => ({ pk: `SCHEDULE#${group}#${name}`, sk: 'SCHEDULE' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
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

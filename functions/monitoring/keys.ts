import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of the monitoring items: the health probe, heartbeats, workflow failures.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | health probe of the table                  | GetItem   | pk = SYSTEM, sk = PROBE                                 |
 * | heartbeat written by a workflow execution  | GetItem   | pk = HEARTBEAT, sk = EXEC#<executionId>                 |
 * | failures of one execution                  | Query     | pk = EXEC#<executionId>, sk begins_with FAILURE#        |
 * | workflow failures, newest first            | Query     | gsi1pk = FAILURE, gsi1sk <= <at> (descending)          |
 */
export const keys = {
  probe: (): Key => ({ pk: 'SYSTEM', sk: 'PROBE' }),
  heartbeat: (executionId: string): Key => ({ pk: 'HEARTBEAT', sk: `EXEC#${executionId}` }),
  workflowFailure: (executionId: string, state: string): Key => ({
    pk: `EXEC#${executionId}`,
    sk: `FAILURE#${state}`,
  }),
  executionFailuresPrefix: (executionId: string) => ({ pk: `EXEC#${executionId}`, skPrefix: 'FAILURE#' }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  failureByTime: (at: string) => ({ gsi1pk: 'FAILURE', gsi1sk: at }),
} as const;

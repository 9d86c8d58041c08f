/**
 * Every key of the single table is built here and nowhere else.
 *
 * Access patterns (each served by GetItem or Query, never Scan):
 * | pattern                                   | operation | key condition                                   |
 * | ----------------------------------------- | --------- | ----------------------------------------------- |
 * | health probe of the table                  | GetItem   | pk = SYSTEM, sk = PROBE                          |
 * | heartbeat written by a workflow execution  | GetItem   | pk = HEARTBEAT, sk = EXEC#<executionId>          |
 * | workflow failures, newest first            | Query     | gsi1pk = FAILURE, gsi1sk <= <at> (descending)   |
 * | failures of one execution                  | Query     | pk = EXEC#<executionId>, sk begins_with FAILURE# |
 */

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
} as const;

/** Sparse index entries: only items that belong to a listing carry them. */
export const indexKeys = {
  failureByTime: (at: string) => ({ gsi1pk: 'FAILURE', gsi1sk: at }),
} as const;

import type { Context } from 'aws-lambda';
import { createHealthHandler } from '#functions/health/health.ts';
import type { Clock } from '#functions/ports/clock.ts';
import type { WorkflowRecords } from '#functions/store/workflow-records.ts';
import { createRecordFailureHandler } from '#functions/workflow/record-failure.ts';
import { createWriteHeartbeatHandler } from '#functions/workflow/write-heartbeat.ts';

/** The ports that the embedded runtime wires into the handlers, in place of the AWS adapters. */
export interface LocalPorts {
  records: WorkflowRecords;
  clock: Clock;
}

export type LocalHandler = (event: never, context: Context) => Promise<unknown>;

/**
 * Every function of `functions/lambda/`, built from the same factories as on AWS but with the
 * local ports. An infra test checks that this map and the entry files name the same functions.
 */
export function createLocalFunctions(ports: LocalPorts): Record<string, LocalHandler> {
  return {
    health: createHealthHandler(ports),
    'write-heartbeat': createWriteHeartbeatHandler(ports),
    'record-failure': createRecordFailureHandler(ports),
  };
}

import * as z from 'zod/mini';
import { createWorkflowRecords, type WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';

/** Environment of every function bound to the table (set by `SiklusFunction.bindTable`). */
export const tableEnv = () => parseEnv({ TABLE_NAME: z.string().check(z.minLength(1)) });

/** Builds a handler that needs the workflow records and the clock from the AWS adapters. */
export function withWorkflowRecords<Handler>(
  factory: (deps: { records: WorkflowRecords; clock: Clock }) => Handler,
): Handler {
  const { TABLE_NAME } = tableEnv();
  return factory({ records: createWorkflowRecords(dynamoDocumentClient(), TABLE_NAME), clock: systemClock });
}

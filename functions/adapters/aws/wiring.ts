import * as z from 'zod/mini';
import type { Clock } from '#functions/ports/clock.ts';
import { parseEnv } from '#functions/shared/env.ts';
import { createWorkflowRecords, type WorkflowRecords } from '#functions/store/workflow-records.ts';
import { systemClock } from '../system-clock.ts';
import { dynamoDocumentClient } from './clients.ts';

/** Environment of every function bound to the table (set by `SiklusFunction.bindTable`). */
export const tableEnv = () => parseEnv({ TABLE_NAME: z.string().check(z.minLength(1)) });

/** Builds a handler that needs the workflow records and the clock from the AWS adapters. */
export function withWorkflowRecords<Handler>(
  factory: (deps: { records: WorkflowRecords; clock: Clock }) => Handler,
): Handler {
  const { TABLE_NAME } = tableEnv();
  return factory({ records: createWorkflowRecords(dynamoDocumentClient(), TABLE_NAME), clock: systemClock });
}

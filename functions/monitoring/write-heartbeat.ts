import * as z from 'zod/mini';
import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { parseTaskInput } from '#functions/platform/lambda/task-input.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';

export const writeHeartbeatInput = z.object({
  executionId: z.string().check(z.minLength(1)),
  workflow: z.string().check(z.minLength(1)),
});

export interface WriteHeartbeatDeps {
  records: Pick<WorkflowRecords, 'recordHeartbeat'>;
  clock: Clock;
}

/** Task of the `heartbeat` workflow: records that an execution reached the table, once. */
export function createWriteHeartbeatHandler({ records, clock }: WriteHeartbeatDeps) {
  return lambdaHandler(async (payload: unknown) => {
    const input = parseTaskInput(writeHeartbeatInput, payload);
    const at = clock.now().toISOString();
    const { created } = await records.recordHeartbeat({ ...input, at });
    return { executionId: input.executionId, created };
  });
}

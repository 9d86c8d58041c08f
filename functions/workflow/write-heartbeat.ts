import * as z from 'zod/mini';
import type { Clock } from '#functions/ports/clock.ts';
import { lambdaHandler } from '#functions/shared/handler.ts';
import { parseTaskInput } from '#functions/shared/task-input.ts';
import type { WorkflowRecords } from '#functions/store/workflow-records.ts';

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

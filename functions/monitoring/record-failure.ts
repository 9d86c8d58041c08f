import { MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod/mini';
import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { logger, metrics } from '#functions/platform/lambda/observability.ts';
import { parseTaskInput } from '#functions/platform/lambda/task-input.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';

export const recordFailureInput = z.object({
  executionId: z.string().check(z.minLength(1)),
  workflow: z.string().check(z.minLength(1)),
  state: z.string().check(z.minLength(1)),
  error: z.optional(z.string()),
  cause: z.optional(z.string()),
});

export interface RecordFailureDeps {
  records: Pick<WorkflowRecords, 'recordFailure'>;
  clock: Clock;
}

/**
 * Target of every state machine's Catch: stores what failed where, logs it at error level and
 * counts it in the `WorkflowTaskFailed` metric, which the alarm in the app stack watches.
 */
export function createRecordFailureHandler({ records, clock }: RecordFailureDeps) {
  return lambdaHandler(async (payload: unknown) => {
    const input = parseTaskInput(recordFailureInput, payload);
    const failure = {
      executionId: input.executionId,
      workflow: input.workflow,
      state: input.state,
      error: input.error ?? 'Unknown',
      cause: input.cause ?? '',
      at: clock.now().toISOString(),
    };
    await records.recordFailure(failure);
    logger.error('Workflow task failed', { ...failure });
    metrics.addDimension('workflow', input.workflow);
    metrics.addMetric('WorkflowTaskFailed', MetricUnit.Count, 1);
    return { recorded: true };
  });
}

import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { httpHandler, json } from '#functions/platform/http/http.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';

export interface HealthDeps {
  records: Pick<WorkflowRecords, 'ping'>;
  clock: Clock;
}

/**
 * `GET /health`: 200 when the table answers, 503 when it does not. No identity needed,
 * and nothing about the data is returned.
 */
export function createHealthHandler({ records, clock }: HealthDeps) {
  return httpHandler(async () => {
    const time = clock.now().toISOString();
    try {
      await records.ping();
      return json(200, { status: 'ok', service: 'siklus', time, checks: { table: 'ok' } });
    } catch (error) {
      logger.warn('Health check: table unreachable', { error: error as Error });
      return json(503, { status: 'unavailable', service: 'siklus', time, checks: { table: 'unreachable' } });
    }
  });
}

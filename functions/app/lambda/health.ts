import { withWorkflowRecords } from '#functions/app/aws/wiring.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';

export const handler = withWorkflowRecords(createHealthHandler);

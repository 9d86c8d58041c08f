import { withWorkflowRecords } from '#functions/adapters/aws/wiring.ts';
import { createHealthHandler } from '#functions/health/health.ts';

export const handler = withWorkflowRecords(createHealthHandler);

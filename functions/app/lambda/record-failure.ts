import { withWorkflowRecords } from '#functions/app/aws/wiring.ts';
import { createRecordFailureHandler } from '#functions/monitoring/record-failure.ts';

export const handler = withWorkflowRecords(createRecordFailureHandler);

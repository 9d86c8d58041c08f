import { withWorkflowRecords } from '#functions/adapters/aws/wiring.ts';
import { createRecordFailureHandler } from '#functions/workflow/record-failure.ts';

export const handler = withWorkflowRecords(createRecordFailureHandler);

import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { createRecordFailureHandler } from '#functions/monitoring/record-failure.ts';

export const handler = createRecordFailureHandler(awsPorts('record-failure'));

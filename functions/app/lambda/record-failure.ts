import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createRecordFailureHandler } from '#functions/monitoring/record-failure.ts';

// Of the table, only the workflow records are written here.
export const handler = createRecordFailureHandler(awsPorts('record-failure', { table: recordsPorts }));

// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createRecordFailureHandler } from '#functions/monitoring/record-failure.ts';

const ports = awsPorts('record-failure', {
  'workflow-records': recordsPorts,
});
export const handler = createRecordFailureHandler(ports);

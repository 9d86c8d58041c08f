// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { createAwsApiHandler } from '#functions/app/api/entry.ts';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { evidencePorts } from '#functions/app/aws/ports/evidence.ts';
import { peoplePorts } from '#functions/app/aws/ports/people.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { workflowsPorts } from '#functions/app/aws/ports/workflows.ts';

const ports = awsPorts('api', {
  evidence: evidencePorts,
  people: peoplePorts,
  schedules: schedulesPorts,
  table: tablePorts,
  workflows: workflowsPorts,
});
export const handler = createAwsApiHandler(ports);

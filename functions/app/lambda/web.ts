// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { evidencePorts } from '#functions/app/aws/ports/evidence.ts';
import { linksPorts } from '#functions/app/aws/ports/links.ts';
import { mailPorts } from '#functions/app/aws/ports/mail.ts';
import { peoplePorts, signInPorts } from '#functions/app/aws/ports/people.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { workflowsPorts } from '#functions/app/aws/ports/workflows.ts';
import { createAwsWebHandler } from '#functions/app/web/entry.ts';

const ports = awsPorts('web', {
  evidence: evidencePorts,
  links: linksPorts,
  mail: mailPorts,
  people: peoplePorts,
  schedules: schedulesPorts,
  'sign-in': signInPorts,
  table: tablePorts,
  workflows: workflowsPorts,
});
export const handler = createAwsWebHandler(ports);

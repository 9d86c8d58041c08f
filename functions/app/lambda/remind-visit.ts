// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { linksPorts } from '#functions/app/aws/ports/links.ts';
import { mailPorts } from '#functions/app/aws/ports/mail.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { cycleDeps } from '#functions/app/task-deps.ts';
import { createRemindVisitHandler } from '#functions/visits/tasks.ts';

const ports = awsPorts('remind-visit', {
  links: linksPorts,
  mail: mailPorts,
  table: tablePorts,
});
export const handler = createRemindVisitHandler(cycleDeps(ports));

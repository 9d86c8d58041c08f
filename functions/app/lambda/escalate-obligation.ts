import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { linksPorts } from '#functions/app/aws/ports/links.ts';
import { mailPorts } from '#functions/app/aws/ports/mail.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import { createEscalateHandler } from '#functions/obligations/tasks.ts';

const ports = awsPorts('escalate-obligation', {
  table: tablePorts,
  mail: mailPorts,
  links: linksPorts,
  schedules: schedulesPorts,
});
export const handler = createEscalateHandler(obligationDepsOf(ports));

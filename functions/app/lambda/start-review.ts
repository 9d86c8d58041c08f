// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { linksPorts } from '#functions/app/aws/ports/links.ts';
import { mailPorts } from '#functions/app/aws/ports/mail.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { cycleDeps } from '#functions/app/task-deps.ts';
import { createStartReviewHandler } from '#functions/assessment/tasks.ts';

const ports = awsPorts('start-review', {
  links: linksPorts,
  mail: mailPorts,
  schedules: schedulesPorts,
  table: tablePorts,
});
export const handler = createStartReviewHandler(cycleDeps(ports));

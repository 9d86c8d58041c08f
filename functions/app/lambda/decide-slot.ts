// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { workflowsPorts } from '#functions/app/aws/ports/workflows.ts';
import { cycleDeps } from '#functions/app/task-deps.ts';
import { createDecideSlotHandler } from '#functions/obligations/tasks.ts';

const ports = awsPorts('decide-slot', {
  table: tablePorts,
  workflows: workflowsPorts,
});
export const handler = createDecideSlotHandler(cycleDeps(ports));

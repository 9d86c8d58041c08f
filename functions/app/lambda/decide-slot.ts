import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import { createDecideSlotHandler } from '#functions/obligations/tasks.ts';

export const handler = createDecideSlotHandler(
  obligationDepsOf(awsPorts('decide-slot', { table: tablePorts })),
);

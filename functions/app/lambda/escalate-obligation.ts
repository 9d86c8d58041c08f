import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { obligationDepsOf } from '#functions/app/deps.ts';
import { createEscalateHandler } from '#functions/obligations/tasks.ts';

export const handler = createEscalateHandler(obligationDepsOf(awsPorts('escalate-obligation')));

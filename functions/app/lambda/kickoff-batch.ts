import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { obligationDepsOf } from '#functions/app/deps.ts';
import { createKickoffBatchHandler } from '#functions/obligations/tasks.ts';

export const handler = createKickoffBatchHandler(obligationDepsOf(awsPorts('kickoff-batch')));

import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { obligationDepsOf } from '#functions/app/deps.ts';
import { createSendReminderHandler } from '#functions/obligations/tasks.ts';

export const handler = createSendReminderHandler(obligationDepsOf(awsPorts('send-reminder')));

import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { createSendReminderHandler } from '#functions/obligations/tasks.ts';

export const handler = withObligationDeps(createSendReminderHandler);

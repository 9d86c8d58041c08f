import { withObligationDeps } from '#functions/adapters/aws/obligation-wiring.ts';
import { createSendReminderHandler } from '#functions/workflow/obligation-tasks.ts';

export const handler = withObligationDeps(createSendReminderHandler);

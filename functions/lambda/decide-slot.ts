import { withObligationDeps } from '#functions/adapters/aws/obligation-wiring.ts';
import { createDecideSlotHandler } from '#functions/workflow/obligation-tasks.ts';

export const handler = withObligationDeps(createDecideSlotHandler);

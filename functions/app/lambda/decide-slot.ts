import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { createDecideSlotHandler } from '#functions/obligations/tasks.ts';

export const handler = withObligationDeps(createDecideSlotHandler);

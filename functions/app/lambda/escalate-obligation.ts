import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { createEscalateHandler } from '#functions/obligations/tasks.ts';

export const handler = withObligationDeps(createEscalateHandler);

import { withObligationDeps } from '#functions/adapters/aws/obligation-wiring.ts';
import { createEscalateHandler } from '#functions/workflow/obligation-tasks.ts';

export const handler = withObligationDeps(createEscalateHandler);

import { withObligationDeps } from '#functions/adapters/aws/obligation-wiring.ts';
import { createKickoffBatchHandler } from '#functions/workflow/obligation-tasks.ts';

export const handler = withObligationDeps(createKickoffBatchHandler);

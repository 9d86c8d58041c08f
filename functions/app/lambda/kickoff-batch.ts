import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { createKickoffBatchHandler } from '#functions/obligations/tasks.ts';

export const handler = withObligationDeps(createKickoffBatchHandler);

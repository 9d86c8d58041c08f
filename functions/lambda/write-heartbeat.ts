import { withWorkflowRecords } from '#functions/adapters/aws/wiring.ts';
import { createWriteHeartbeatHandler } from '#functions/workflow/write-heartbeat.ts';

export const handler = withWorkflowRecords(createWriteHeartbeatHandler);

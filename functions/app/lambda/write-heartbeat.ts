import { withWorkflowRecords } from '#functions/app/aws/wiring.ts';
import { createWriteHeartbeatHandler } from '#functions/monitoring/write-heartbeat.ts';

export const handler = withWorkflowRecords(createWriteHeartbeatHandler);

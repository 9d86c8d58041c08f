import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { createWriteHeartbeatHandler } from '#functions/monitoring/write-heartbeat.ts';

export const handler = createWriteHeartbeatHandler(awsPorts('write-heartbeat'));

import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createWriteHeartbeatHandler } from '#functions/monitoring/write-heartbeat.ts';

export const handler = createWriteHeartbeatHandler(
  awsPorts('write-heartbeat', { 'workflow-records': recordsPorts }),
);

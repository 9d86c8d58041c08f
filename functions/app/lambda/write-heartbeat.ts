// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createWriteHeartbeatHandler } from '#functions/monitoring/write-heartbeat.ts';

const ports = awsPorts('write-heartbeat', {
  'workflow-records': recordsPorts,
});
export const handler = createWriteHeartbeatHandler(ports);

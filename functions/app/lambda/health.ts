// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';

const ports = awsPorts('health', {
  'table-read': recordsPorts,
});
export const handler = createHealthHandler(ports);

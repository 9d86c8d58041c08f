import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { recordsPorts } from '#functions/app/aws/ports/records.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';

export const handler = createHealthHandler(awsPorts('health', { 'table-read': recordsPorts }));

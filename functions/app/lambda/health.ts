import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';

export const handler = createHealthHandler(awsPorts('health'));

import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * One logger, tracer and metrics instance per process. Powertools reads its own settings
 * (`POWERTOOLS_*`) from the environment that the function construct or the embedded runtime sets.
 */
export const logger = new Logger({ serviceName: 'siklus' });
export const tracer = new Tracer({ serviceName: 'siklus' });
export const metrics = new Metrics({ namespace: 'Siklus', serviceName: 'siklus' });

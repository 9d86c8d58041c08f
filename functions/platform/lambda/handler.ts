import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger, metrics, tracer } from './observability.ts';

/**
 * Publishes the metrics an invocation recorded, and only then: most invocations record none,
 * and Powertools' own middleware would log a warning for each of those.
 */
const publishMetrics: MiddlewareObj = {
  after: () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  },
  onError: () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  },
};

/**
 * Wraps a handler in the middleware every Siklus function runs, in one fixed order:
 * tracing first (so it spans everything), then the logger's Lambda context, then metrics.
 */
export function lambdaHandler<Event, Result>(fn: (event: Event, context: Context) => Promise<Result>) {
  return middy<Event, Result>(fn)
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(publishMetrics);
}

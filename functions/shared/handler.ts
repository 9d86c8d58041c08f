import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger, metrics, tracer } from './observability.ts';

/**
 * Wraps a handler in the middleware every Siklus function runs, in one fixed order:
 * tracing first (so it spans everything), then the logger's Lambda context, then metrics flushing.
 */
export function lambdaHandler<Event, Result>(fn: (event: Event, context: Context) => Promise<Result>) {
  return middy<Event, Result>(fn)
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics));
}

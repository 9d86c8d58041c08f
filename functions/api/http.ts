import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { lambdaHandler } from '#functions/shared/handler.ts';
import { logger } from '#functions/shared/observability.ts';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

/** A failure that is the caller's to fix. Only these reach the client with their message. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const securityHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...securityHeaders, ...headers }, body: JSON.stringify(body) };
}

/**
 * A JSON HTTP handler: the common middleware plus error mapping. An {@link HttpError} becomes
 * its status and code; anything else is logged and answered with a bare 500, never its message.
 */
export function httpHandler(fn: (event: HttpEvent, context: Context) => Promise<HttpResult>) {
  return lambdaHandler<HttpEvent, HttpResult>(async (event, context) => {
    try {
      return await fn(event, context);
    } catch (error) {
      if (error instanceof HttpError) {
        return json(error.status, {
          error: { code: error.code, message: error.message, details: error.details },
        });
      }
      logger.error('Unhandled error', { error: error as Error });
      return json(500, { error: { code: 'internal_error', message: 'Internal error' } });
    }
  });
}

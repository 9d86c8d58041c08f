import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import { refusalOf } from './error-mapper.ts';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

const securityHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...securityHeaders, ...headers }, body: JSON.stringify(body) };
}

/**
 * A failure as a JSON answer: a refusal (a `DomainError` or an `HttpError`) becomes its status and code; a
 * {@link TransientError} a 503 to retry; anything else is logged and answered with a bare 500,
 * never its message.
 */
export function jsonError(error: unknown): HttpResult {
  const refusal = refusalOf(error);
  if (refusal) {
    return json(refusal.status, {
      error: {
        code: refusal.code,
        message: refusal.messages,
        ...(refusal.fields ? { fields: refusal.fields } : {}),
      },
    });
  }
  if (error instanceof TransientError) {
    logger.warn('Transient failure', { error });
    return json(
      503,
      {
        error: {
          code: 'try_again',
          message: {
            id: 'Layanan sedang sibuk. Coba lagi sebentar lagi.',
            en: 'The service is busy. Please try again shortly.',
          },
        },
      },
      { 'retry-after': '2' },
    );
  }
  logger.error('Unhandled error', { error: error as Error });
  return json(500, {
    error: {
      code: 'internal_error',
      message: {
        id: 'Terjadi kesalahan pada sistem. Silakan coba lagi.',
        en: 'Something went wrong. Please try again.',
      },
    },
  });
}

/** A JSON HTTP handler: the common middleware plus error mapping ({@link jsonError}). */
export function httpHandler(fn: (event: HttpEvent, context: Context) => Promise<HttpResult>) {
  return lambdaHandler<HttpEvent, HttpResult>(async (event, context) => {
    try {
      return await fn(event, context);
    } catch (error) {
      return jsonError(error);
    }
  });
}

import { setTimeout as sleep } from 'node:timers/promises';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { AwsAccess } from './s3/credentials.ts';
import { createSigner, queryString, signRequest } from './s3/signing.ts';

/**
 * An AWS answer that is neither success nor worth a retry, named by AWS's error type
 * (`ConflictException`, `ResourceNotFoundException`, `AccessDeniedException`, ...), as the SDK
 * names its exceptions, so callers test `error.name`.
 */
export class AwsServiceError extends Error {
  override readonly name: string;
  readonly status: number;

  constructor(type: string, status: number, message: string) {
    super(message);
    this.name = type;
    this.status = status;
  }
}

/** How a JSON service is reached and signed. */
export interface AwsJsonService {
  /** The SigV4 signing name: `ses`, `scheduler`, `secretsmanager`. */
  signingName: string;
  /** The first label of the regional endpoint: `email` for SES, else usually the signing name. */
  endpointPrefix: string;
  /** Names the service in errors. */
  title: string;
}

export interface AwsJsonOptions extends AwsAccess {
  /** The signing time; AWS refuses a signature more than 5 minutes away from its own clock. */
  clock: Clock;
  /** The global fetch unless a test gives another. */
  fetch?: typeof fetch;
  /** The pause before a request's one retry; 100 to 300 ms, jittered, unless a test gives another. */
  retryDelayMs?: () => number;
  /** How long one attempt may take, answer included: two stay inside a 10 s function timeout. */
  timeoutMs?: number;
}

export interface AwsJsonRequest {
  /** Names the request in errors, e.g. `CreateSchedule jambi-2026/obl-1`. */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Each segment percent-encoded already, as sent. */
  path: string;
  query?: Record<string, string>;
  /** E.g. `x-amz-target` and the JSON 1.1 content type; REST-JSON's `application/json` is the default. */
  headers?: Record<string, string>;
  /** Sent as JSON; no body when undefined. */
  body?: unknown;
}

/** Sends one request and answers the parsed JSON body, `{}` for an empty one. */
export type AwsJsonSend = (request: AwsJsonRequest) => Promise<Record<string, unknown>>;

const attempts = 2;

/** Error types AWS uses for throttling and its own faults, some of them with a 400 status. */
const retryableTypes = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'ThrottledException',
  'RequestLimitExceeded',
  'InternalServerException',
  'InternalServiceError',
  'InternalFailure',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

const isRetryable = (status: number, type: string) =>
  status >= 500 || status === 429 || retryableTypes.has(type);

/**
 * A client of an AWS JSON API (REST-JSON or JSON 1.1) over fetch, signed with SigV4, without the
 * SDK. Retries once, after a jittered pause, a 5xx, 429, throttling error, timeout or network
 * failure, then throws a {@link TransientError}; any other failure is an {@link AwsServiceError}
 * named by AWS's error type. A retry sends the same request again, as the SDK's retry does.
 */
export function createAwsJsonClient(
  service: AwsJsonService,
  {
    region,
    credentials,
    clock,
    fetch: fetchFn = (input, init) => fetch(input, init),
    retryDelayMs = () => 100 + Math.random() * 200,
    timeoutMs = 4000,
  }: AwsJsonOptions,
): AwsJsonSend {
  const signer = createSigner({ region, credentials }, service.signingName);
  const host = `${service.endpointPrefix}.${region}.amazonaws.com`;
  return async ({ operation, method, path, query, headers = {}, body }) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const toSign = {
      method,
      host,
      path,
      ...(query ? { query } : {}),
      headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(payload === undefined ? {} : { body: payload }),
    };
    let failure: Error | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(retryDelayMs());
      // Signed anew for each attempt, so that the retry carries a fresh x-amz-date.
      const signed = await signRequest(signer, toSign, clock.now());
      let response: Response;
      let text: string;
      try {
        response = await fetchFn(`https://${host}${path}${queryString(query)}`, {
          method,
          headers: signed,
          ...(payload === undefined ? {} : { body: payload }),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        continue;
      }
      const parsed = parseJson(text);
      if (response.ok) return parsed ?? {};
      const type = errorType(response.headers, parsed) ?? `Http${response.status}`;
      const message = errorMessage(parsed);
      failure = new AwsServiceError(
        type,
        response.status,
        `${service.title} answered ${operation} with ${response.status} ${type}${message ? `: ${message}` : ''}`,
      );
      if (!isRetryable(response.status, type)) throw failure;
    }
    throw new TransientError(`${service.title} ${operation} failed ${attempts} times: ${failure?.message}`, {
      cause: failure,
    });
  };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * AWS's error type, as the SDK reads it: the `x-amzn-errortype` header, else the body's `code` or
 * `__type`; without a `:` suffix (`ConflictException:http://...`) or a namespace
 * (`com.amazonaws.secretsmanager#ResourceNotFoundException`).
 */
function errorType(headers: Headers, body: Record<string, unknown> | undefined): string | undefined {
  const raw = [headers.get('x-amzn-errortype'), body?.code, body?.__type].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  if (raw === undefined) return undefined;
  const type = raw.split(':')[0]?.split('#').pop()?.trim();
  return type || undefined;
}

function errorMessage(body: Record<string, unknown> | undefined): string | undefined {
  const message = body?.message ?? body?.Message ?? body?.errorMessage;
  return typeof message === 'string' ? message : undefined;
}

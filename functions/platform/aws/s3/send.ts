import { setTimeout as sleep } from 'node:timers/promises';
import type { SignatureV4 } from '@smithy/signature-v4';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { type S3Request, signRequest } from './signing.ts';

/** An S3 answer that is neither success, an expected status nor worth a retry (403, 400, a redirect to another region). */
export class S3ResponseError extends Error {
  override readonly name = 'S3ResponseError';
  readonly status: number;
  /** S3's error code (`BadDigest`, `AccessDenied`, ...), when the answer had a body naming one. */
  readonly code: string | undefined;

  constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** What sending a signed request to S3 needs; one per file store. */
export interface S3Connection {
  region: string;
  signer: SignatureV4;
  fetch: typeof fetch;
  /** The signing time; S3 refuses a signature more than 15 minutes away from its own clock. */
  now: () => Date;
  /** The pause before the one retry. */
  retryDelayMs: () => number;
  /** How long one attempt may take, answer included. */
  timeoutMs: number;
}

export interface SignedRequest extends S3Request {
  /** Names the request in errors, e.g. `HeadObject <key>`. */
  operation: string;
  body?: Uint8Array;
  /** Statuses besides 2xx that the caller reads itself, e.g. HeadObject's 404. */
  accept?: readonly number[];
}

const attempts = 2;

/** S3 throttles with 503 SlowDown and fails with 500 InternalError; a retry usually passes. */
const isRetryable = (status: number) => status >= 500 || status === 429;

/**
 * Sends a request signed with SigV4 and answers the response when it is 2xx or an accepted status.
 * Retries once, after a jittered pause, a 5xx, 429, timeout or network failure, then throws a
 * {@link TransientError}; any other failure is an {@link S3ResponseError}. Only for idempotent
 * requests: a retry sends the same request again.
 */
export async function sendSigned(connection: S3Connection, request: SignedRequest): Promise<Response> {
  const { operation, body, accept = [], ...toSign } = request;
  let failure: Error | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(connection.retryDelayMs());
    // Signed anew for each attempt, so that the retry carries a fresh x-amz-date.
    const headers = await signRequest(connection.signer, toSign, connection.now());
    let response: Response;
    try {
      response = await connection.fetch(`https://${toSign.host}${toSign.path}`, {
        method: toSign.method,
        headers,
        ...(body ? { body } : {}),
        // A redirect means a wrong region; following it would send the signed headers elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(connection.timeoutMs),
      });
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      continue;
    }
    if (response.ok || accept.includes(response.status)) return response;
    const code = await errorCode(response);
    const said = code ? `${response.status} ${code}` : String(response.status);
    failure = new S3ResponseError(response.status, `S3 answered ${operation} with ${said}`, code);
    if (!isRetryable(response.status)) throw failure;
  }
  throw new TransientError(`S3 ${operation} failed ${attempts} times: ${failure?.message}`, {
    cause: failure,
  });
}

/** The `<Code>` of S3's XML error body; a HEAD answer has no body, so only its status says anything. */
async function errorCode(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => '');
  return /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
}

/**
 * Named errors shared by task handlers and the state machines that call them.
 *
 * A task handler throws one of these; Step Functions sees its `name` as the error
 * name, and the `Retry`/`Catch` lists in `workflows/shared/resilience.ts` use the same
 * constants, so the two can never drift apart.
 */

/** A failure that is expected to pass on its own: a throttled or unavailable dependency. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

/** Input that no retry can fix: the caller must change it. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}

/** Error names that Step Functions retries with backoff before it gives up and catches. */
export const retryableErrorNames = [
  'TransientError',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
] as const;

const transientAwsErrorNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'ECONNREFUSED',
  'ECONNRESET',
]);

/**
 * Turns an AWS SDK or network failure into a {@link TransientError} when a retry can help,
 * so that the state machine's retry policy applies; any other error is returned unchanged.
 */
export function classifyError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: string }).code;
  if (transientAwsErrorNames.has(error.name) || (code !== undefined && transientAwsErrorNames.has(code))) {
    return new TransientError(error.message, { cause: error });
  }
  return error;
}

/**
 * Whether a failed call may still have done its work: it timed out or the connection dropped
 * after the request went out (the mail service may have accepted the message).
 */
export function isUnknownOutcome(error: unknown): boolean {
  const cause = error instanceof TransientError ? error.cause : error;
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: string }).code;
  return cause.name === 'TimeoutError' || cause.name === 'AbortError' || code === 'ECONNRESET';
}

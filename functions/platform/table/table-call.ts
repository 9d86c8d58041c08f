import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { classifyError } from '#functions/platform/lambda/errors.ts';

/**
 * Runs a table call, turning throttling and unavailability into `TransientError` (workflows retry
 * those). Every other error passes unchanged, so a store may throw its own errors from inside.
 */
export async function tableCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyError(error);
  }
}

/** Why a transaction was cancelled, one code per item in order (`ConditionalCheckFailed`, `None`, ...). */
export function cancellationReasons(error: unknown): (string | undefined)[] {
  return error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map((r) => r.Code)
    : [];
}

import { setTimeout as sleep } from 'node:timers/promises';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { cancellationReasons } from './table-call.ts';

/** How often a transaction that met a twin still in flight is tried again; the waits double from `firstWaitMs`. */
const conflictRetries = 6;
const firstWaitMs = 15;

/**
 * Runs a transaction until a twin still in flight (a double click, a retry, a concurrent request)
 * no longer cancels it as a `TransactionConflict`: each failure goes first to `settle`, with the
 * cancellation reasons of its items, which throws to end the write (a failed condition, say); a
 * conflict is then tried again after a jittered wait, up to six times before a `TransientError`;
 * any other failure is rethrown as it came.
 */
export async function retryingConflicts(
  write: () => Promise<void>,
  settle: (error: unknown, codes: readonly (string | undefined)[]) => void | Promise<void>,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      const codes = cancellationReasons(error);
      await settle(error, codes);
      if (!codes.includes('TransactionConflict')) throw error;
      if (attempt === conflictRetries) throw new TransientError('Transaction conflict', { cause: error });
      await sleep(firstWaitMs * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

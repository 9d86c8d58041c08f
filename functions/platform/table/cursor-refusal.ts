import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { InvalidCursorError } from './cursor.ts';

/**
 * Runs a paged read, refusing (400) a cursor that no page of its listing handed out (forged, cut
 * short, of another list), as every part's listings do.
 */
export async function refusingInvalidCursor<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw refusals.invalidCursor();
    throw error;
  }
}

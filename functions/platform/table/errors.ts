/** A write named a revision that is no longer the current one. */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
}

import { timingSafeEqual } from 'node:crypto';

/** Thrown for a POST whose CSRF token is missing or wrong; answered with a page, nothing written. */
export class CsrfError extends Error {
  override readonly name = 'CsrfError';
}

/** Refuses unless `given` equals `expected`, in constant time. */
export function checkCsrf(expected: string | undefined, given: string | null | undefined): void {
  const a = Buffer.from(expected ?? '');
  const b = Buffer.from(given ?? '');
  if (a.length === 0 || a.length !== b.length || !timingSafeEqual(a, b))
    throw new CsrfError('CSRF token mismatch');
}

import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** One problem with one field of an input, as a form or a client shows it beside the field. */
export interface FieldError {
  path: string;
  code: string;
  message: Bilingual;
}

/**
 * What a refusal means, whatever surface asked. The API, the pages and the CLI each map a kind
 * to their own answer in one place (`platform/http/error-mapper.ts`, the pages' failure page,
 * the CLI's exit), so no use case knows about status codes.
 */
export type DomainErrorKind =
  /** The thing does not exist, or the caller may not know that it does. */
  | 'not_found'
  /** The caller is known but may not do this. */
  | 'forbidden'
  /** The thing's state forbids it now (changed elsewhere, already submitted, closed). */
  | 'conflict'
  /** The input breaks a rule; `fields` says where. */
  | 'invalid'
  /** A well-formed input that cannot be honoured as sent (an idempotency key reused for another body). */
  | 'unprocessable'
  /** The caller must first send what it last read (a draft revision). */
  | 'precondition_required'
  /** The caller sent too much in a short time (a public questionnaire's address limit). */
  | 'rate_limited';

/**
 * A refusal of a use case: the caller's to fix. Only these (and the HTTP layer's own errors)
 * reach a person, with a stable `code`, a message in both languages and, for bad input, one
 * entry per field. Anything else is a fault: logged, and answered without its message.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly messages: Bilingual,
    readonly fields?: readonly FieldError[],
  ) {
    super(messages.en);
  }
}

const invalidMessages: Bilingual = {
  id: 'Ada isian yang perlu diperbaiki.',
  en: 'Some fields need correcting.',
};

/** The refusals every part of the cycle uses; a module adds its own with `new DomainError(...)`. */
export const refusals = {
  notFound: (what: Bilingual = { id: 'Data', en: 'The item' }, code = 'not_found') =>
    new DomainError('not_found', code, {
      id: `${what.id} tidak ditemukan.`,
      en: `${what.en} was not found.`,
    }),
  forbidden: () =>
    new DomainError('forbidden', 'forbidden', {
      id: 'Anda tidak berwenang melakukan tindakan ini.',
      en: 'You are not allowed to do this.',
    }),
  conflict: (code: string, messages: Bilingual) => new DomainError('conflict', code, messages),
  invalid: (fields: readonly FieldError[]) =>
    new DomainError('invalid', 'invalid_request', invalidMessages, fields),
  /** A page cursor that no page of this list handed out (forged, cut short, of another list). */
  invalidCursor: () =>
    refusals.invalid([
      {
        path: 'cursor',
        code: 'invalid_cursor',
        message: {
          id: 'Kursor halaman tidak sah; mulai lagi dari halaman pertama.',
          en: 'The page cursor is invalid; start again from the first page.',
        },
      },
    ]),
} as const;

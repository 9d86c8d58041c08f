/** A text in both languages of Siklus: Bahasa Indonesia (`id`, the default) and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/** One problem with one field of a request, as the client shows it beside the field. */
export interface FieldError {
  path: string;
  code: string;
  message: Bilingual;
}

/**
 * A failure that is the caller's to fix. Only these reach the client, with a stable `code`,
 * a message in both languages and, for bad input, one entry per field.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Bilingual,
    readonly fields?: FieldError[],
  ) {
    super(messages.en);
  }
}

export const httpErrors = {
  unauthenticated: () =>
    new HttpError(401, 'unauthenticated', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    }),
  invalidToken: () =>
    new HttpError(401, 'invalid_token', {
      id: 'Sesi Anda tidak sah atau sudah berakhir. Silakan masuk kembali.',
      en: 'Your session is invalid or has expired. Please sign in again.',
    }),
  forbidden: () =>
    new HttpError(403, 'forbidden', {
      id: 'Anda tidak berwenang melakukan tindakan ini.',
      en: 'You are not allowed to do this.',
    }),
  notFound: (what: Bilingual = { id: 'Data', en: 'The item' }) =>
    new HttpError(404, 'not_found', { id: `${what.id} tidak ditemukan.`, en: `${what.en} was not found.` }),
  conflict: (code: string, messages: Bilingual) => new HttpError(409, code, messages),
  malformedJson: () =>
    new HttpError(400, 'malformed_json', {
      id: 'Isi permintaan bukan JSON yang sah.',
      en: 'The request body is not valid JSON.',
    }),
  payloadTooLarge: (maxBytes: number) =>
    new HttpError(413, 'payload_too_large', {
      id: `Isi permintaan melebihi batas ${Math.round(maxBytes / 1024)} KB.`,
      en: `The request body exceeds the ${Math.round(maxBytes / 1024)} KB limit.`,
    }),
  invalidRequest: (fields: FieldError[]) =>
    new HttpError(
      400,
      'invalid_request',
      { id: 'Ada isian yang perlu diperbaiki.', en: 'Some fields need correcting.' },
      fields,
    ),
  /** A page cursor that no page of this list handed out (forged, cut short, of another list). */
  invalidCursor: () =>
    httpErrors.invalidRequest([
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

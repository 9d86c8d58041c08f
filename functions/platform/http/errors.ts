import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * A refusal of the HTTP layer itself: no or a bad credential, a body that is not JSON or too
 * large. The use cases refuse with a `DomainError` (platform/errors), mapped to a status in
 * `error-mapper.ts`.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Bilingual,
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
} as const;

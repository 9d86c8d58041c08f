import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { instrumentFormats } from '../instrument-files/file-format.ts';
import { maxFileBytes } from '../instrument-files/layout.ts';

/*
 * What the JSON operations on a city's instruments read. A file travels base64-encoded in the
 * JSON body, as large as import reads (`maxFileBytes`); its format is said, not guessed.
 */

/** The base64 characters of a file of `maxFileBytes`, with its padding. */
const maxBase64Length = Math.ceil(maxFileBytes / 3) * 4;

export const instrumentRequests = {
  pathParameters: {
    /** An instrument family, as the instrument's `id` names it. */
    instrumentId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
    /** A version of the family, from 1. */
    version: z.string().check(z.regex(/^[1-9]\d{0,5}$/)),
  },
  requestBodies: {
    importInstrument: z.strictObject({
      format: z.enum(instrumentFormats),
      /** The file, base64-encoded. */
      content: z.base64().check(z.minLength(1), z.maxLength(maxBase64Length)),
    }),
  },
  requestHeaders: {},
  queryParameters: {
    /** The file's format: XLSX (the default) or CSV. */
    exportInstrument: z.strictObject({ format: z.optional(z.enum(instrumentFormats)) }),
  },
  /** The body holds a whole file: its base64 and a little JSON around it. */
  bodyLimits: { importInstrument: maxBase64Length + 1024 },
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;

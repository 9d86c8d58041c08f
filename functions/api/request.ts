import type * as z from 'zod/mini';
import { type Bilingual, type FieldError, httpErrors } from './errors.ts';
import type { HttpEvent } from './http.ts';

/** Largest JSON body the API reads; a form submission is far below it. */
export const maxJsonBodyBytes = 256 * 1024;

/** The body as JSON: 413 when too large, 400 `malformed_json` when it does not parse. */
export function readJsonBody(event: HttpEvent, maxBytes = maxJsonBodyBytes): unknown {
  const raw =
    event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64') : event.body;
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size > maxBytes) throw httpErrors.payloadTooLarge(maxBytes);
  try {
    return JSON.parse(raw.toString());
  } catch {
    throw httpErrors.malformedJson();
  }
}

/** Parses a value with a zod schema; failure is a 400 with one bilingual message per field. */
export function parseRequest<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.infer<Schema> {
  // `reportInput` puts the offending value on each issue, which tells "missing" from "wrong type".
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw httpErrors.invalidRequest(result.error.issues.flatMap(toFieldErrors));
}

function toFieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      code: 'unknown_field',
      message: {
        id: `Isian "${key}" tidak dikenal atau tidak boleh diubah.`,
        en: `Field "${key}" is unknown or not yours to set.`,
      },
    }));
  }
  return [{ path, code: issueCode(issue), message: issueMessage(issue, path || 'body') }];
}

function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return issue.code;
}

function issueMessage(issue: z.core.$ZodIssue, name: string): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { id: `"${name}" wajib diisi.`, en: `"${name}" is required.` }
        : {
            id: `"${name}" harus bertipe ${issue.expected}.`,
            en: `"${name}" must be of type ${issue.expected}.`,
          };
    case 'too_small':
      return {
        id: `"${name}" terlalu kecil atau terlalu pendek.`,
        en: `"${name}" is too small or too short.`,
      };
    case 'too_big':
      return { id: `"${name}" terlalu besar atau terlalu panjang.`, en: `"${name}" is too big or too long.` };
    case 'invalid_format':
      return { id: `Format "${name}" tidak sah.`, en: `"${name}" has an invalid format.` };
    case 'invalid_value':
      return {
        id: `Nilai "${name}" tidak termasuk pilihan yang sah.`,
        en: `"${name}" is not one of the allowed values.`,
      };
    default:
      return { id: `"${name}" tidak sah.`, en: `"${name}" is invalid.` };
  }
}

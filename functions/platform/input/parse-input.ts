import type * as z from 'zod/mini';
import { type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * Parses the input of a command with its zod schema, the same for the API, the pages and the CLI;
 * failure is an `invalid` refusal with one bilingual message per field.
 * A key that names a property every object inherits is refused wherever it appears (see
 * {@link reservedKeyPaths}), also where the schema would accept any key.
 */
export function parseInput<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.infer<Schema> {
  const reserved = reservedKeyPaths(value).map(({ at, key }) => unknownField(at, key));
  // `reportInput` puts the offending value on each issue, which tells "missing" from "wrong type".
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success && reserved.length === 0) return result.data;
  const fields = [...reserved, ...(result.error?.issues.flatMap(toFieldErrors) ?? [])];
  throw refusals.invalid(withoutRepeats(fields));
}

/** Keys that would reach an object's prototype machinery rather than a plain answer. */
const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Where `value` holds a reserved key, at any depth. JSON.parse makes `"__proto__"` an own
 * property, but a zod record or object copies its entries by assignment and so loses it without
 * a word: the key is looked for here, on the value as it was sent. Iterative, so that deeply
 * nested input cannot overflow the stack.
 */
export function reservedKeyPaths(value: unknown): { at: string; key: string }[] {
  const found: { at: string; key: string }[] = [];
  const pending: { value: unknown; at: string }[] = [{ value, at: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      if (reservedKeys.has(key)) found.push({ at: next.at, key });
      pending.push({ value: child, at: next.at ? `${next.at}.${key}` : key });
    }
  }
  const path = ({ at, key }: { at: string; key: string }) => (at ? `${at}.${key}` : key);
  return found.sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

function unknownField(path: string, key: string): FieldError {
  return {
    path: path ? `${path}.${key}` : key,
    code: 'unknown_field',
    message: {
      id: `Isian "${key}" tidak dikenal atau tidak boleh diubah.`,
      en: `Field "${key}" is unknown or not yours to set.`,
    },
  };
}

/** A strict schema also reports a reserved key it does not define: one error per field and code. */
function withoutRepeats(fields: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    const id = `${field.path}\u0000${field.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toFieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownField(path, key));
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

import * as z from 'zod/mini';
import { isEmpty } from './conditions.ts';
import { engineIssue } from './error-codes.ts';
import type {
  DateField,
  EvidenceFileField,
  Field,
  GroupField,
  MultipleChoiceField,
  NumberField,
  ShortTextField,
  UrlField,
} from './field-types.ts';
import {
  acceptsContentType,
  CONTENT_TYPE_MAX_LENGTH,
  characterCount,
  DEFAULT_URL_MAX_LENGTH,
  isCalendarDate,
  normalizeContentType,
  webUrl,
} from './value-checks.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** At most `max` characters, counted as JSON Schema's `maxLength` counts them. */
function maxCharacters(max: number) {
  return z.refine<string>((s) => s.length <= max || characterCount(s) <= max, engineIssue('too_long'));
}

/** A string of 1 to `max` characters, for the parts of a file reference. */
function boundedString(max: number) {
  return z.string().check(z.minLength(1), maxCharacters(max));
}

function shortText(field: ShortTextField) {
  if (field.pattern === undefined) return z.string().check(maxCharacters(field.maxLength));
  const pattern = new RegExp(`^(?:${field.pattern})$`, 'u');
  return z.string().check(
    maxCharacters(field.maxLength),
    z.refine((s: string) => isEmpty(s) || pattern.test(s), engineIssue('invalid_format')),
  );
}

function numeric(field: Pick<NumberField, 'min' | 'max' | 'integer'>) {
  const range = z.refine<number>((n) => n >= field.min && n <= field.max, engineIssue('out_of_range'));
  if (field.integer !== true) return z.number().check(range);
  return z.number().check(z.refine<number>(Number.isInteger, engineIssue('not_integer')), range);
}

const scale = numeric({ min: 1, max: 5, integer: true });

function date(field: DateField) {
  const { min, max } = field;
  // ISO dates of one format sort as strings, so no Date objects are needed. No `abort` on the
  // format check: an explicit abort would also stop the whole-submission rules.
  const inRange = (s: string): boolean => (min === undefined || s >= min) && (max === undefined || s <= max);
  return z.string().check(
    z.refine((s: string) => isEmpty(s) || isCalendarDate(s), engineIssue('invalid_date')),
    z.refine((s: string) => isEmpty(s) || !isCalendarDate(s) || inRange(s), engineIssue('out_of_range')),
  );
}

function selections(field: MultipleChoiceField) {
  const values = field.options.map((o) => o.value) as [string, ...string[]];
  const { minSelections = 0, maxSelections = values.length } = field;
  return z.array(z.enum(values)).check(
    z.refine((a: string[]) => new Set(a).size === a.length, engineIssue('duplicate_choice')),
    z.refine((a: string[]) => a.length === 0 || a.length >= minSelections, engineIssue('too_few_items')),
    z.refine((a: string[]) => a.length <= maxSelections, engineIssue('too_many_items')),
  );
}

function url(field: UrlField) {
  const allowHttp = field.allowHttp === true;
  const max = field.maxLength ?? DEFAULT_URL_MAX_LENGTH;
  // The stored, normalized address must fit too: it is what exports and pages show.
  const fits = (s: string): boolean => {
    const href = webUrl(s, allowHttp);
    return href === undefined || characterCount(href) <= max;
  };
  return z.string().check(
    maxCharacters(max),
    z.refine((s: string) => isEmpty(s) || webUrl(s, allowHttp) !== undefined, engineIssue('invalid_url')),
    z.refine((s: string) => isEmpty(s) || fits(s), engineIssue('too_long')),
    z.overwrite((s: string) => (isEmpty(s) ? s : (webUrl(s, allowHttp) ?? s))),
  );
}

// Any fault inside a file reference is reported as `invalid_file`: users pick files, not ids and hashes.
const fileRef = z.strictObject({
  fileId: boundedString(200),
  sha256: z.string().check(z.regex(SHA256)),
  name: boundedString(255),
  contentType: boundedString(CONTENT_TYPE_MAX_LENGTH).check(z.overwrite(normalizeContentType)),
  size: z.number().check(z.refine<number>(Number.isSafeInteger), z.gte(0)),
});

function evidenceFile(field: EvidenceFileField) {
  return fileRef.check(
    z.refine((f) => acceptsContentType(field.accept, f.contentType), engineIssue('invalid_file_type')),
    z.refine((f) => f.size <= field.maxBytes, engineIssue('file_too_large')),
  );
}

function group(field: GroupField) {
  const { minItems = 0, maxItems } = field;
  return z.array(z.strictObject(fieldsShape(field.fields))).check(
    z.refine((a: unknown[]) => a.length === 0 || a.length >= minItems, engineIssue('too_few_items')),
    z.refine((a: unknown[]) => a.length <= maxItems, engineIssue('too_many_items')),
  );
}

/** The schema of one non-empty answer of `field`, before visibility and required rules. */
export function fieldSchema(field: Field): z.ZodMiniType {
  switch (field.type) {
    case 'shortText':
      return shortText(field);
    case 'longText':
      return z.string().check(maxCharacters(field.maxLength));
    case 'number':
      return numeric(field);
    case 'date':
      return date(field);
    case 'singleChoice': {
      // A string check rather than z.enum, so that a blank answer counts as empty, like other text.
      const values = new Set(field.options.map((o) => o.value));
      return z
        .string()
        .check(z.refine((s: string) => isEmpty(s) || values.has(s), engineIssue('invalid_choice')));
    }
    case 'multipleChoice':
      return selections(field);
    case 'likert':
    case 'maturityLevel':
      return scale;
    case 'url':
      return url(field);
    case 'evidenceFile':
      return evidenceFile(field);
    case 'group':
      return group(field);
  }
}

/**
 * The object shape of a scope's answers. Every answer may be absent or null here: whether it must
 * be given, or must not be, depends on other answers and is checked over the whole submission.
 */
export function fieldsShape(fields: readonly Field[]): Record<string, z.ZodMiniType> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const field of fields) shape[field.id] = z.optional(z.nullable(fieldSchema(field)));
  return shape;
}

import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { FormDefinition } from './definition.ts';
import type { FormErrorCode } from './error-codes.ts';
import type { Field } from './field-types.ts';
import type { FieldIssue } from './issues.ts';
import { DEFAULT_URL_MAX_LENGTH } from './value-checks.ts';
import {
  countOf,
  expectedKind,
  fieldName,
  formatAccept,
  formatBytes,
  formatDate,
  formatNumber,
} from './wording.ts';

/** A field-level validation error, worded in Bahasa Indonesia and English. */
export interface FormError {
  /** Field ids and item indexes joined by dots (`evidenceLinks.1.url`); `''` is the whole submission. */
  readonly path: string;
  readonly code: FormErrorCode;
  readonly message: Bilingual;
}

type Template = (name: Bilingual, field: Field | undefined) => Bilingual;

function bounds(field: Field | undefined): { min?: Bilingual; max?: Bilingual } {
  switch (field?.type) {
    case 'number':
      return { min: formatNumber(field.min), max: formatNumber(field.max) };
    case 'date':
      return {
        ...(field.min === undefined ? {} : { min: formatDate(field.min) }),
        ...(field.max === undefined ? {} : { max: formatDate(field.max) }),
      };
    default:
      return { min: formatNumber(1), max: formatNumber(5) };
  }
}

const outOfRange: Template = (n, field) => {
  const { min, max } = bounds(field);
  if (min !== undefined && max !== undefined) {
    return {
      id: `${n.id} harus antara ${min.id} dan ${max.id}.`,
      en: `${n.en} must be between ${min.en} and ${max.en}.`,
    };
  }
  if (min !== undefined)
    return { id: `${n.id} tidak boleh sebelum ${min.id}.`, en: `${n.en} must not be before ${min.en}.` };
  return { id: `${n.id} tidak boleh setelah ${max?.id}.`, en: `${n.en} must not be after ${max?.en}.` };
};

function itemBounds(field: Field | undefined): { min: number; max: number } {
  if (field?.type === 'group') return { min: field.minItems ?? 0, max: field.maxItems };
  if (field?.type !== 'multipleChoice') return { min: 0, max: 0 };
  return { min: field.minSelections ?? 0, max: field.maxSelections ?? field.options.length };
}

function itemCount(field: Field | undefined, n: number): Bilingual {
  const choices = field?.type === 'multipleChoice';
  const count = countOf(n, choices ? 'choice' : 'entry', choices ? 'choices' : 'entries');
  return { id: `${count.id} ${choices ? 'pilihan' : 'isian'}`, en: count.en };
}

function maxLength(field: Field | undefined): number {
  if (field?.type === 'shortText' || field?.type === 'longText') return field.maxLength;
  return field?.type === 'url' ? (field.maxLength ?? DEFAULT_URL_MAX_LENGTH) : 0;
}

const templates: Readonly<Record<FormErrorCode, Template>> = {
  required: (n) => ({ id: `${n.id} wajib diisi.`, en: `${n.en} is required.` }),
  not_visible: (n) => ({
    id: `${n.id} tidak berlaku untuk jawaban Anda yang lain; kosongkan isian ini.`,
    en: `${n.en} does not apply given your other answers; leave it empty.`,
  }),
  unknown_field: (n) => ({
    id: `Isian ${n.id} tidak ada dalam formulir ini.`,
    en: `The field ${n.en} is not part of this form.`,
  }),
  invalid_type: (n, field) => {
    const kind = expectedKind(field);
    return { id: `${n.id} harus berupa ${kind.id}.`, en: `${n.en} must be ${kind.en}.` };
  },
  too_long: (n, field) => {
    const count = countOf(maxLength(field), 'character', 'characters');
    return { id: `${n.id} paling banyak ${count.id} karakter.`, en: `${n.en} must be at most ${count.en}.` };
  },
  invalid_format: (n) => ({
    id: `${n.id} tidak sesuai format yang diminta.`,
    en: `${n.en} is not in the required format.`,
  }),
  out_of_range: outOfRange,
  not_integer: (n) => ({ id: `${n.id} harus bilangan bulat.`, en: `${n.en} must be a whole number.` }),
  invalid_date: (n) => ({
    id: `${n.id} harus tanggal yang valid (TTTT-BB-HH).`,
    en: `${n.en} must be a valid date (YYYY-MM-DD).`,
  }),
  invalid_choice: (n) => ({
    id: `${n.id} harus salah satu pilihan yang tersedia.`,
    en: `${n.en} must be one of the options offered.`,
  }),
  duplicate_choice: (n) => ({
    id: `${n.id} memuat pilihan yang sama lebih dari sekali.`,
    en: `${n.en} contains the same choice more than once.`,
  }),
  invalid_url: (n, field) => {
    const http = field?.type === 'url' && field.allowHttp === true;
    return {
      id: `${n.id} harus alamat web lengkap yang diawali ${http ? 'http:// atau https://' : 'https://'}.`,
      en: `${n.en} must be a full web address starting with ${http ? 'http:// or https://' : 'https://'}.`,
    };
  },
  invalid_file: (n) => ({
    id: `Berkas untuk ${n.id} tidak lengkap atau rusak; unggah ulang berkasnya.`,
    en: `The file for ${n.en} is incomplete or damaged; upload it again.`,
  }),
  invalid_file_type: (n, field) => {
    const accept = formatAccept(field?.type === 'evidenceFile' ? field.accept : []);
    return { id: `${n.id} harus berkas ${accept.id}.`, en: `${n.en} must be a ${accept.en} file.` };
  },
  file_too_large: (n, field) => {
    const size = formatBytes(field?.type === 'evidenceFile' ? field.maxBytes : 0);
    return { id: `${n.id} paling besar ${size.id}.`, en: `${n.en} must be at most ${size.en}.` };
  },
  too_few_items: (n, field) => {
    const count = itemCount(field, itemBounds(field).min);
    return { id: `${n.id} perlu paling sedikit ${count.id}.`, en: `${n.en} needs at least ${count.en}.` };
  },
  too_many_items: (n, field) => {
    const count = itemCount(field, itemBounds(field).max);
    return { id: `${n.id} paling banyak ${count.id}.`, en: `${n.en} allows at most ${count.en}.` };
  },
};

/**
 * Words one issue in both languages, naming the field by its label, e.g.
 * `{ id: 'Nama inovasi wajib diisi.', en: 'Innovation name is required.' }`.
 */
export function formError(definition: FormDefinition, issue: FieldIssue): FormError {
  const message = templates[issue.code](fieldName(definition, issue), issue.field);
  return { path: issue.path.join('.'), code: issue.code, message };
}

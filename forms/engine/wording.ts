import type { Bilingual, Lang } from '#functions/platform/text/bilingual.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import type { FormDefinition } from './definition.ts';
import type { Field } from './field-types.ts';
import type { FieldIssue } from './issues.ts';

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A number as people write it in each language: `1.500,5` and `1,500.5`. */
export function formatNumber(value: number): Bilingual {
  return { id: numberFormats.id.format(value), en: numberFormats.en.format(value) };
}

/** A `YYYY-MM-DD` date in words: `1 Januari 2020` and `1 January 2020`. */
export function formatDate(value: string): Bilingual {
  return { id: formatDay(value, 'id'), en: formatDay(value, 'en') };
}

/** A file size in MB (or KB below one MB). */
export function formatBytes(bytes: number): Bilingual {
  // Under a tenth of a kilobyte would read "0 KB": say the bytes.
  if (bytes < 103) return { id: `${bytes} bita`, en: `${bytes} bytes` };
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  const n = formatNumber(Math.round(amount * 10) / 10);
  return { id: `${n.id} ${unit}`, en: `${n.en} ${unit}` };
}

const contentTypeNames: Readonly<Record<string, Bilingual>> = {
  'application/pdf': { id: 'PDF', en: 'PDF' },
  'image/jpeg': { id: 'JPEG', en: 'JPEG' },
  'image/png': { id: 'PNG', en: 'PNG' },
  'image/*': { id: 'gambar', en: 'image' },
  'video/*': { id: 'video', en: 'video' },
};

/** Accepted content types as a list people read: `PDF, JPEG atau PNG`. */
export function formatAccept(accept: readonly string[]): Bilingual {
  const names = accept.map((a) => contentTypeNames[a] ?? { id: a, en: a });
  const join = (lang: Lang, or: string): string => {
    const words = names.map((n) => n[lang]);
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`;
  };
  return { id: join('id', 'atau'), en: join('en', 'or') };
}

/** `1 entry`, `2 entries`: English needs the plural, Bahasa Indonesia does not. */
export function countOf(n: number, one: string, many: string): Bilingual {
  const formatted = formatNumber(n);
  return { id: formatted.id, en: `${formatted.en} ${n === 1 ? one : many}` };
}

function quoted(key: string | number | undefined): Bilingual {
  return { id: `"${String(key)}"`, en: `"${String(key)}"` };
}

function itemNames(trail: FieldIssue['trail']): Bilingual {
  const names = (lang: Lang, mark: (n: number) => string): string =>
    trail.map((t) => `${t.group.label[lang]} ${mark(t.index + 1)}`).join(', ');
  return { id: names('id', (n) => `ke-${n}`), en: names('en', (n) => `#${n}`) };
}

/**
 * How a message names the field of an issue: its label in each language, followed by the group
 * items it sits in (`Alamat tautan (Tautan bukti ke-2)`); the key itself for an unknown field; the
 * item for a whole group item; the form's title for the submission as a whole.
 */
export function fieldName(definition: FormDefinition, issue: FieldIssue): Bilingual {
  const last = issue.path.at(-1);
  if (issue.path.length === 0) return definition.title;
  const items = itemNames(issue.trail);
  if (issue.field === undefined && issue.code !== 'unknown_field' && typeof last === 'number') return items;
  const base = issue.code === 'unknown_field' || issue.field === undefined ? quoted(last) : issue.field.label;
  if (issue.trail.length === 0) return base;
  return { id: `${base.id} (${items.id})`, en: `${base.en} (${items.en})` };
}

/** What an answer of each field type must be, for `invalid_type` messages. */
export function expectedKind(field: Field | undefined): Bilingual {
  switch (field?.type) {
    case undefined:
      return { id: 'kumpulan jawaban', en: 'a set of answers' };
    case 'number':
    case 'likert':
    case 'maturityLevel':
      return { id: 'angka', en: 'a number' };
    case 'multipleChoice':
      return { id: 'daftar pilihan', en: 'a list of choices' };
    case 'group':
      return { id: 'daftar isian', en: 'a list of entries' };
    case 'evidenceFile':
      return { id: 'berkas', en: 'a file' };
    default:
      return { id: 'teks', en: 'text' };
  }
}

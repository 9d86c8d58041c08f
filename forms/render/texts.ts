/**
 * The words of form pages around the definitions' own labels, in Bahasa Indonesia and English.
 * @packageDocumentation
 */

import { formatAccept, formatBytes, formatNumber } from '#forms/engine/wording.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** Fixed texts of form pages. */
export const texts = {
  errorSummaryTitle: { id: 'Ada isian yang perlu diperbaiki', en: 'There is a problem' },
  computedTitle: { id: 'Perhitungan dari isian Anda', en: 'Worked out from your answers' },
  computedHint: {
    id: 'Dihitung ulang setiap kali draf disimpan; nilai rata-rata juga diperbarui saat Anda mengisi.',
    en: 'Worked out again every time the draft is saved; averages also change as you answer.',
  },
  errorPrefix: { id: 'Kesalahan:', en: 'Error:' },
  required: { id: 'wajib', en: 'required' },
  dateFormat: {
    id: 'Pilih tanggal dari kalender, atau ketik tanggal-bulan-tahun; tanpa kalender, ketik tahun-bulan-tanggal (mis. 2026-10-30).',
    en: 'Pick the date from the calendar, or type day-month-year; without a calendar, type year-month-day (e.g. 2026-10-30).',
  },
  addAnother: { id: 'Tambah lagi', en: 'Add another' },
  remove: { id: 'Hapus', en: 'Remove' },
  removeFile: { id: 'Hapus berkas', en: 'Remove file' },
  attached: { id: 'Terlampir', en: 'Attached' },
  chooseFile: { id: 'Pilih berkas', en: 'Choose a file' },
  chooseOne: { id: 'Pilih salah satu', en: 'Choose one' },
  evidenceAsked: { id: 'Bukti yang diminta', en: 'Evidence asked' },
  saveDraft: { id: 'Simpan draf', en: 'Save draft' },
  submit: { id: 'Kirim', en: 'Submit' },
} as const satisfies Record<string, Bilingual>;

/** `Tautan bukti ke-2` and `Evidence link #2`: the name of a group item, as messages name it. */
export function itemTitle(group: Bilingual, index: number): Bilingual {
  return { id: `${group.id} ke-${index + 1}`, en: `${group.en} #${index + 1}` };
}

/** `Tingkat 3` and `Level 3`. */
export function levelName(level: number): Bilingual {
  return { id: `Tingkat ${level}`, en: `Level ${level}` };
}

/** `4 dari 5` and `4 of 5`, for a Likert answer. */
export function scaleValue(value: number): Bilingual {
  const n = formatNumber(value);
  return { id: `${n.id} dari 5`, en: `${n.en} of 5` };
}

/** `Berkas PDF, JPEG atau PNG, paling besar 10 MB.` */
export function fileRule(accept: readonly string[], maxBytes: number): Bilingual {
  const types = formatAccept(accept);
  const size = formatBytes(maxBytes);
  return {
    id: `Berkas ${types.id}, paling besar ${size.id}.`,
    en: `A ${types.en} file of at most ${size.en}.`,
  };
}

/** `sk-walikota.pdf (244,1 KB)`. */
export function fileSummary(name: string, size: number): Bilingual {
  const bytes = formatBytes(size);
  return { id: `${name} (${bytes.id})`, en: `${name} (${bytes.en})` };
}

import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { type FormErrorCode, formErrorCodes } from '#forms/engine/error-codes.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { makeAnswers, makeFileRef } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';

interface MessageCase {
  readonly code: FormErrorCode;
  readonly form: FormDefinition;
  readonly answers: unknown;
  readonly path: string;
  readonly id: string;
  readonly en: string;
}

const link = (url: string) => ({ title: 'Berita', url });

const cases: readonly MessageCase[] = [
  {
    code: 'required',
    form: innovationReportForm,
    answers: makeAnswers({ name: '' }),
    path: 'name',
    id: 'Nama inovasi wajib diisi.',
    en: 'Innovation name is required.',
  },
  {
    code: 'not_visible',
    form: innovationReportForm,
    answers: makeAnswers({ status: 'planned' }),
    path: 'peopleReached',
    id: 'Jumlah penerima manfaat tidak berlaku untuk jawaban Anda yang lain; kosongkan isian ini.',
    en: 'People reached does not apply given your other answers; leave it empty.',
  },
  {
    code: 'unknown_field',
    form: innovationReportForm,
    answers: makeAnswers({ budget: 5 }),
    path: 'budget',
    id: 'Isian "budget" tidak ada dalam formulir ini.',
    en: 'The field "budget" is not part of this form.',
  },
  {
    code: 'invalid_type',
    form: innovationReportForm,
    answers: makeAnswers({ peopleReached: 'banyak' }),
    path: 'peopleReached',
    id: 'Jumlah penerima manfaat harus berupa angka.',
    en: 'People reached must be a number.',
  },
  {
    code: 'invalid_type',
    form: innovationReportForm,
    answers: [],
    path: '',
    id: 'Laporan Inovasi OPD harus berupa kumpulan jawaban.',
    en: 'OPD innovation report must be a set of answers.',
  },
  {
    code: 'too_long',
    form: innovationReportForm,
    answers: makeAnswers({ name: 'x'.repeat(151) }),
    path: 'name',
    id: 'Nama inovasi paling banyak 150 karakter.',
    en: 'Innovation name must be at most 150 characters.',
  },
  {
    code: 'invalid_format',
    form: everyFieldForm,
    answers: makeEveryFieldAnswers({ code: 'ab' }),
    path: 'code',
    id: 'ID code tidak sesuai format yang diminta.',
    en: 'EN code is not in the required format.',
  },
  {
    code: 'out_of_range',
    form: innovationReportForm,
    answers: makeAnswers({ peopleReached: -1 }),
    path: 'peopleReached',
    id: 'Jumlah penerima manfaat harus antara 0 dan 100.000.000.',
    en: 'People reached must be between 0 and 100,000,000.',
  },
  {
    code: 'out_of_range',
    form: innovationReportForm,
    answers: makeAnswers({ launchDate: '1999-12-31' }),
    path: 'launchDate',
    id: 'Tanggal peluncuran tidak boleh sebelum 1 Januari 2000.',
    en: 'Launch date must not be before 1 January 2000.',
  },
  {
    code: 'out_of_range',
    form: everyFieldForm,
    answers: makeEveryFieldAnswers({ satisfaction: 7 }),
    path: 'satisfaction',
    id: 'ID satisfaction harus antara 1 dan 5.',
    en: 'EN satisfaction must be between 1 and 5.',
  },
  {
    code: 'not_integer',
    form: innovationReportForm,
    answers: makeAnswers({ peopleReached: 10.5 }),
    path: 'peopleReached',
    id: 'Jumlah penerima manfaat harus bilangan bulat.',
    en: 'People reached must be a whole number.',
  },
  {
    code: 'invalid_date',
    form: innovationReportForm,
    answers: makeAnswers({ launchDate: '2023-02-30' }),
    path: 'launchDate',
    id: 'Tanggal peluncuran harus tanggal yang valid (TTTT-BB-HH).',
    en: 'Launch date must be a valid date (YYYY-MM-DD).',
  },
  {
    code: 'invalid_choice',
    form: innovationReportForm,
    answers: makeAnswers({ type: 'website' }),
    path: 'type',
    id: 'Jenis inovasi harus salah satu pilihan yang tersedia.',
    en: 'Innovation type must be one of the options offered.',
  },
  {
    code: 'duplicate_choice',
    form: everyFieldForm,
    answers: makeEveryFieldAnswers({ topics: ['a', 'a'] }),
    path: 'topics',
    id: 'ID topics memuat pilihan yang sama lebih dari sekali.',
    en: 'EN topics contains the same choice more than once.',
  },
  {
    code: 'invalid_url',
    form: innovationReportForm,
    answers: makeAnswers({
      evidenceLinks: [link('https://jambikota.go.id'), link('http://jambikota.go.id')],
    }),
    path: 'evidenceLinks.1.url',
    id: 'Alamat tautan (Tautan bukti ke-2) harus alamat web lengkap yang diawali https://.',
    en: 'Link address (Evidence link #2) must be a full web address starting with https://.',
  },
  {
    code: 'invalid_url',
    form: innovationReportForm,
    answers: makeAnswers({ applicationUrl: 'sikoja' }),
    path: 'applicationUrl',
    id: 'Alamat aplikasi harus alamat web lengkap yang diawali http:// atau https://.',
    en: 'Application address must be a full web address starting with http:// or https://.',
  },
  {
    code: 'invalid_file',
    form: innovationReportForm,
    answers: makeAnswers({ evidenceDocument: makeFileRef({ fileId: '' }) }),
    path: 'evidenceDocument',
    id: 'Berkas untuk Dokumen bukti tidak lengkap atau rusak; unggah ulang berkasnya.',
    en: 'The file for Evidence document is incomplete or damaged; upload it again.',
  },
  {
    code: 'invalid_file_type',
    form: innovationReportForm,
    answers: makeAnswers({ evidenceDocument: makeFileRef({ contentType: 'application/zip' }) }),
    path: 'evidenceDocument',
    id: 'Dokumen bukti harus berkas PDF, JPEG atau PNG.',
    en: 'Evidence document must be a PDF, JPEG or PNG file.',
  },
  {
    code: 'file_too_large',
    form: innovationReportForm,
    answers: makeAnswers({ evidenceDocument: makeFileRef({ size: 11 * 1024 * 1024 }) }),
    path: 'evidenceDocument',
    id: 'Dokumen bukti paling besar 10 MB.',
    en: 'Evidence document must be at most 10 MB.',
  },
  {
    code: 'too_few_items',
    form: everyFieldForm,
    answers: makeEveryFieldAnswers({ members: [{ name: 'Rina' }] }),
    path: 'members',
    id: 'ID members perlu paling sedikit 2 isian.',
    en: 'EN members needs at least 2 entries.',
  },
  {
    code: 'too_few_items',
    form: everyFieldForm,
    answers: makeEveryFieldAnswers({ topics: ['a'] }),
    path: 'topics',
    id: 'ID topics perlu paling sedikit 2 pilihan.',
    en: 'EN topics needs at least 2 choices.',
  },
  {
    code: 'too_many_items',
    form: innovationReportForm,
    answers: makeAnswers({
      evidenceLinks: Array.from({ length: 11 }, (_, i) => link(`https://jambikota.go.id/${i}`)),
    }),
    path: 'evidenceLinks',
    id: 'Tautan bukti paling banyak 10 isian.',
    en: 'Evidence link allows at most 10 entries.',
  },
];

describe('error messages', () => {
  it.each(cases.map((c) => [c.code, c.path, c] as const))(
    'words %s at "%s" in both languages',
    (_code, _path, c) => {
      // Act
      const result = validateAnswers(c.form, c.answers);

      // Assess
      expect(result).toEqual({
        ok: false,
        errors: [{ path: c.path, code: c.code, message: { id: c.id, en: c.en } }],
      });
    },
  );

  it('has a worded case for every error code', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(formErrorCodes));
  });

  it('names a whole group item by its position', () => {
    // Act
    const result = validateAnswers(
      innovationReportForm,
      makeAnswers({ evidenceLinks: ['https://jambikota.go.id'] }),
    );

    // Assess
    expect(result).toMatchObject({
      errors: [
        {
          path: 'evidenceLinks.0',
          message: {
            id: 'Tautan bukti ke-1 harus berupa kumpulan jawaban.',
            en: 'Evidence link #1 must be a set of answers.',
          },
        },
      ],
    });
  });
});

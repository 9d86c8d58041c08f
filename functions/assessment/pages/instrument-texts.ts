import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** The words of the instruments page, in both languages. */
export const instrumentTexts = {
  title: { id: 'Instrumen evaluasi', en: 'Evaluation instruments' },
  intro: {
    id: 'Instrumen Smart City kota ini, setiap versi yang sudah terbit. Versi yang sudah terbit tidak berubah; perubahan diterbitkan sebagai versi baru. Unduh sebuah versi sebagai XLSX atau CSV untuk menyusun versi berikutnya di Excel.',
    en: "The city's Smart City instruments, every published version. A published version never changes; changes are published as a new version. Download a version as XLSX or CSV to prepare the next one in Excel.",
  },
  none: {
    id: 'Belum ada instrumen yang tersimpan untuk kota ini.',
    en: 'No instrument is stored for this city yet.',
  },
  version: { id: 'Versi', en: 'Version' },
  year: { id: 'Tahun', en: 'Year' },
  indicators: { id: 'Indikator', en: 'Indicators' },
  download: { id: 'Unduh', en: 'Download' },
  uploadTitle: { id: 'Terbitkan versi baru', en: 'Publish a new version' },
  uploadHint: {
    id: 'Berkas XLSX atau CSV dengan susunan yang sama seperti hasil unduhan, paling besar 4 MB. Seluruh berkas diperiksa lebih dahulu: jika ada masalah, setiap masalah ditunjukkan per lembar, baris dan kolom, dan tidak ada yang disimpan.',
    en: 'An XLSX or CSV file laid out as a downloaded one, at most 4 MB. The whole file is checked first: if anything is wrong, each problem is shown by sheet, line and column, and nothing is stored.',
  },
  file: { id: 'Berkas instrumen', en: 'Instrument file' },
  publish: { id: 'Periksa dan terbitkan', en: 'Check and publish' },
  noFile: {
    id: 'Pilih berkas instrumen (.xlsx atau .csv).',
    en: 'Choose an instrument file (.xlsx or .csv).',
  },
  badExtension: {
    id: 'Nama berkas harus berakhiran .xlsx atau .csv.',
    en: 'The file name must end in .xlsx or .csv.',
  },
  refusedTitle: { id: 'Berkas tidak disimpan', en: 'The file was not stored' },
  refused: {
    id: 'Perbaiki masalah berikut di berkas, lalu unggah kembali. Tidak ada yang disimpan.',
    en: 'Correct the problems below in the file, then upload it again. Nothing was stored.',
  },
  wholeFile: { id: 'Seluruh berkas', en: 'The whole file' },
  stored: { id: 'Diterbitkan', en: 'Published' },
  unchanged: {
    id: 'Versi ini sudah tersimpan dengan isi yang sama; tidak ada yang berubah',
    en: 'This version is stored already with the same content; nothing changed',
  },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** Notices of the form page when a post could not be stored as it came, in both languages. */
export const formTexts = {
  revisionRequested: {
    id: 'Tim evaluasi meminta perbaikan atas jawaban ini. Catatannya tercantum pada jawaban yang perlu diperbaiki.',
    en: 'The evaluation team asked for a revision of these answers. Its comments are shown with the answers to revise.',
  },
  revise: { id: 'Perbaiki dan kirim ulang', en: 'Revise and resubmit' },
  staleKept: {
    id: 'Draf ini telah diubah di tab atau perangkat lain setelah Anda membukanya, sehingga jawaban Anda belum tersimpan. Jawaban Anda tetap ditampilkan di bawah: periksa, lalu simpan lagi untuk menggantikan versi yang lain.',
    en: 'This draft was changed in another tab or device after you opened it, so your answers were not saved. They are still shown below: check them, then save again to replace the other version.',
  },
  draftReadOnly: {
    id: 'Draf OPD ini ditampilkan untuk dibaca; hanya operator dan kepala OPD yang mengisi dan menyimpannya.',
    en: "This OPD's draft is shown to read; only the OPD's operators and head fill in and save it.",
  },
  notYoursToFill: {
    id: 'Formulir ini diisi oleh operator dan kepala OPD. Peran Anda dapat membaca kiriman OPD, tetapi tidak mengisinya.',
    en: "This form is filled in by the OPD's operators and head. Your role can read what OPDs submit, but not fill it in.",
  },
  csrfKept: {
    id: 'Formulir ini sudah kedaluwarsa, sehingga jawaban Anda belum tersimpan. Jawaban Anda tetap ditampilkan di bawah: periksa, lalu simpan atau kirim lagi.',
    en: 'This form had expired, so your answers were not saved. They are still shown below: check them, then save or submit again.',
  },
} satisfies Record<string, Bilingual>;

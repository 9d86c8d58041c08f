import type { Text } from './texts.ts';

/** Notices of the form page when a post could not be stored as it came, in both languages. */
export const formTexts = {
  staleKept: {
    id: 'Draf ini telah diubah di tab atau perangkat lain setelah Anda membukanya, sehingga jawaban Anda belum tersimpan. Jawaban Anda tetap ditampilkan di bawah: periksa, lalu simpan lagi untuk menggantikan versi yang lain.',
    en: 'This draft was changed in another tab or device after you opened it, so your answers were not saved. They are still shown below: check them, then save again to replace the other version.',
  },
  csrfKept: {
    id: 'Formulir ini sudah kedaluwarsa, sehingga jawaban Anda belum tersimpan. Jawaban Anda tetap ditampilkan di bawah: periksa, lalu simpan atau kirim lagi.',
    en: 'This form had expired, so your answers were not saved. They are still shown below: check them, then save or submit again.',
  },
} satisfies Record<string, Text>;

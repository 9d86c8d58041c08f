import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** Texts of the signed-link pages and of signing in and out, in Bahasa Indonesia and English. */
export const linkTexts = {
  confirmTitle: { id: 'Masuk ke Siklus', en: 'Sign in to Siklus' },
  confirmFill: {
    id: 'Tautan ini membuka formulir {form} untuk {opd} atas nama {name}.',
    en: 'This link opens the {form} of {opd} for {name}.',
  },
  confirmEscalation: {
    id: 'Tautan ini menampilkan keadaan kewajiban {form} {opd} untuk {name}.',
    en: 'This link shows the state of the {form} obligation of {opd} for {name}.',
  },
  confirmReview: {
    id: 'Tautan ini membuka verifikasi {form} {opd} untuk {name}.',
    en: 'This link opens the verification of the {form} of {opd} for {name}.',
  },
  confirmHint: {
    id: 'Tekan tombol di bawah untuk masuk. Bila Anda tidak merasa meminta tautan ini, tutup halaman ini.',
    en: 'Press the button below to sign in. If you did not expect this link, close this page.',
  },
  confirmButton: { id: 'Masuk', en: 'Sign in' },
  tooManyTitle: { id: 'Terlalu banyak percobaan', en: 'Too many attempts' },
  tooManyBody: {
    id: 'Terlalu banyak percobaan masuk dari perangkat atau jaringan ini. Silakan coba lagi beberapa menit lagi.',
    en: 'Too many sign-in attempts from this device or network. Please try again in a few minutes.',
  },
  signedOutEverywhere: {
    id: 'Anda telah keluar dari semua perangkat dan peramban.',
    en: 'You have been signed out on every device and browser.',
  },
  signedOutTitle: { id: 'Anda telah keluar', en: 'You have signed out' },
  tooLargeTitle: { id: 'Kiriman terlalu besar', en: 'The upload is too large' },
  tooLargeBody: {
    id: 'Kiriman formulir ini melebihi batas ukuran. Unggah berkas bukti satu per satu, masing-masing paling besar 4 MB tanpa JavaScript.',
    en: 'This form post is over the size limit. Upload evidence files one at a time, each at most 4 MB without JavaScript.',
  },
  badPostTitle: { id: 'Kiriman tidak terbaca', en: 'The post could not be read' },
  badPostBody: {
    id: 'Kiriman formulir tidak lengkap atau rusak, dan tidak ada yang disimpan. Silakan kirim ulang formulir.',
    en: 'The form post was incomplete or damaged, and nothing was saved. Please send the form again.',
  },
  outOfScopeBody: {
    id: 'Tautan dari email hanya membuka halaman yang diperlukan untuk keperluannya. Masuk dengan akun Anda untuk halaman lain.',
    en: 'A link from an email opens only the pages its purpose needs. Sign in with your account for other pages.',
  },
} satisfies Record<string, Bilingual>;

/** A text with `{name}` placeholders filled in. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * Every text of the web pages, in Bahasa Indonesia (the default) and English. Form texts come
 * from the form definitions; these are the pages around them.
 */
export const texts = {
  appTagline: {
    id: 'Siklus menjalankan evaluasi Smart City tahunan kota Anda: pengingat, formulir, dan verifikasi.',
    en: "Siklus runs your city's yearly Smart City evaluation: reminders, forms and verification.",
  },
  appWho: {
    id: 'Untuk operator dan kepala OPD, tim evaluasi, dan admin Smart City.',
    en: 'For OPD staff and heads, the evaluation team and the Smart City admins.',
  },
  signIn: { id: 'Masuk', en: 'Sign in' },
  signOut: { id: 'Keluar', en: 'Sign out' },
  demoSignIn: { id: 'Masuk sebagai orang demo', en: 'Sign in as a demo person' },
  demoNote: {
    id: 'Halaman ini hanya ada di mesin lokal. Di AWS, orang masuk lewat Cognito atau tautan dari email.',
    en: 'This page exists only on the local engine. On AWS, people sign in with Cognito or a link from an email.',
  },
  todo: { id: 'Daftar tugas', en: 'To-do list' },
  todoIntro: { id: 'Formulir yang perlu diisi OPD Anda.', en: 'The forms your OPD needs to fill.' },
  cityWideNote: {
    id: 'Anda masuk sebagai tim evaluasi atau admin: Anda dapat membaca kiriman OPD, tetapi tidak mengisi formulir.',
    en: 'You are signed in as an evaluator or admin: you can read OPD submissions but fill no forms.',
  },
  notStarted: { id: 'Belum dimulai', en: 'Not started' },
  inDraft: { id: 'Draf tersimpan', en: 'Draft saved' },
  submitted: { id: 'Terkirim', en: 'Submitted' },
  start: { id: 'Mulai isi', en: 'Start' },
  startAnother: { id: 'Laporkan satu lagi', en: 'Report another' },
  continue: { id: 'Lanjutkan', en: 'Continue' },
  view: { id: 'Lihat', en: 'View' },
  saveDraft: { id: 'Simpan draf', en: 'Save draft' },
  submit: { id: 'Kirim', en: 'Submit' },
  saved: { id: 'Draf tersimpan.', en: 'Draft saved.' },
  submittedTitle: { id: 'Kiriman', en: 'Submission' },
  submittedAt: { id: 'Dikirim pada', en: 'Submitted on' },
  formVersion: { id: 'Versi formulir', en: 'Form version' },
  readOnly: { id: 'Kiriman ini tidak dapat diubah lagi.', en: 'This submission can no longer be changed.' },
  backToTodo: { id: 'Kembali ke daftar tugas', en: 'Back to the to-do list' },
  language: { id: 'English', en: 'Bahasa Indonesia' },
  staleTitle: { id: 'Draf sudah berubah', en: 'The draft has changed' },
  staleBody: {
    id: 'Draf ini disimpan di tempat lain sesudah Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.',
    en: 'This draft was saved elsewhere after you opened it. Reload the page, then make your change again.',
  },
  csrfTitle: { id: 'Formulir kedaluwarsa', en: 'The form has expired' },
  csrfBody: {
    id: 'Demi keamanan, formulir ini tidak dapat dikirim lagi. Buka halamannya kembali dan ulangi. Tidak ada yang tersimpan.',
    en: 'For your security, this form cannot be sent again. Open the page again and retry. Nothing was saved.',
  },
  signInTitle: { id: 'Silakan masuk', en: 'Please sign in' },
  signInBody: {
    id: 'Sesi Anda tidak ada atau sudah berakhir. Masuk kembali, atau buka tautan dari email Anda.',
    en: 'You have no session or it has expired. Sign in again, or open the link from your email.',
  },
  notFoundTitle: { id: 'Tidak ditemukan', en: 'Not found' },
  notFoundBody: {
    id: 'Halaman ini tidak ada atau bukan milik OPD Anda.',
    en: 'This page does not exist or does not belong to your OPD.',
  },
  forbiddenTitle: { id: 'Tidak diizinkan', en: 'Not allowed' },
  forbiddenBody: { id: 'Peran Anda tidak dapat melakukan ini.', en: 'Your role cannot do this.' },
  linkInvalidTitle: { id: 'Tautan tidak sah', en: 'Invalid link' },
  linkInvalidBody: {
    id: 'Tautan ini tidak dapat dibuka. Pastikan Anda menyalinnya utuh dari email, atau minta tautan baru kepada admin.',
    en: 'This link cannot be opened. Make sure you copied it whole from the email, or ask the admin for a new one.',
  },
  linkExpiredTitle: { id: 'Tautan sudah kedaluwarsa', en: 'The link has expired' },
  linkExpiredBody: {
    id: 'Demi keamanan, tautan dari email hanya berlaku beberapa hari. Kami dapat mengirim tautan baru ke alamat email Anda.',
    en: 'For your security, links from emails work for a few days only. We can send a fresh link to your email address.',
  },
  sendFreshLink: { id: 'Kirim tautan baru', en: 'Send a fresh link' },
  freshLinkSent: {
    id: 'Tautan baru sudah dikirim. Periksa kotak masuk email Anda.',
    en: 'A fresh link has been sent. Check your email inbox.',
  },
  errorTitle: { id: 'Terjadi kesalahan', en: 'Something went wrong' },
  errorBody: {
    id: 'Permintaan Anda tidak dapat diproses. Coba lagi sebentar lagi.',
    en: 'Your request could not be processed. Please try again shortly.',
  },
  signedInAs: { id: 'Masuk sebagai', en: 'Signed in as' },
  obligations: { id: 'Kewajiban OPD', en: 'OPD obligations' },
  obligationsCycle: { id: 'Laporan inovasi, siklus', en: 'Innovation reports, cycle' },
  obligationsIntroAdmin: {
    id: 'Pindahkan tenggat sebuah OPD (pengingatnya ikut pindah) atau bebaskan OPD dari kewajibannya dengan alasan. Setiap perubahan tercatat atas nama Anda.',
    en: 'Move an OPD’s deadline (its reminders move with it) or waive its obligation with a reason. Every change is recorded under your name.',
  },
  obligationsIntroReader: {
    id: 'Anda dapat melihat kewajiban setiap OPD; hanya admin yang dapat memindahkan tenggat atau membebaskan.',
    en: 'You can see every OPD’s obligation; only admins can move a deadline or waive one.',
  },
  noCycle: {
    id: 'Belum ada siklus evaluasi yang berjalan untuk kota Anda.',
    en: 'No evaluation cycle is under way for your city.',
  },
  dueDate: { id: 'Tenggat', en: 'Due' },
  deadlineVersion: { id: 'Versi tenggat', en: 'Deadline version' },
  status: { id: 'Status', en: 'Status' },
  late: { id: 'Terlambat', en: 'Late' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  waivedBecause: { id: 'Alasan pembebasan', en: 'Reason for the waiver' },
  obligationStatus: {
    open: { id: 'Belum dikirim', en: 'Not submitted yet' },
    draft: { id: 'Draf tersimpan', en: 'Draft saved' },
    submitted: { id: 'Terkirim', en: 'Submitted' },
    under_review: { id: 'Sedang diperiksa', en: 'Under review' },
    revision_requested: { id: 'Perlu perbaikan', en: 'Revision requested' },
    accepted: { id: 'Diterima', en: 'Accepted' },
    missed: { id: 'Lewat tenggat', en: 'Deadline missed' },
    waived: { id: 'Dibebaskan', en: 'Waived' },
  },
  newDue: { id: 'Tenggat baru', en: 'New deadline' },
  newDueHint: {
    id: 'Hari kerja, hari ini atau sesudahnya.',
    en: 'A working day, today or later.',
  },
  changeObligation: { id: 'Pindahkan tenggat atau bebaskan', en: 'Move the deadline or waive' },
  moveDeadline: { id: 'Pindahkan tenggat', en: 'Move deadline' },
  waiveReason: { id: 'Alasan pembebasan', en: 'Reason for the waiver' },
  waive: { id: 'Bebaskan', en: 'Waive' },
  for: { id: 'untuk', en: 'for' },
  dueInvalid: {
    id: 'Pilih tanggal tenggat baru (hari, bulan, tahun).',
    en: 'Choose the date of the new deadline (day, month, year).',
  },
  reasonRequired: {
    id: 'Tuliskan alasan pembebasan (paling sedikit 5 huruf).',
    en: 'Write the reason for the waiver (at least 5 characters).',
  },
  reasonTooLong: {
    id: 'Alasan pembebasan paling panjang 500 huruf.',
    en: 'The reason for the waiver can be at most 500 characters.',
  },
  notChanged: { id: 'Belum ada yang diubah', en: 'Nothing was changed' },
  movedNotice: {
    id: 'Tenggat dipindahkan; pengingatnya ikut pindah:',
    en: 'Deadline moved; its reminders moved with it:',
  },
  waivedNotice: { id: 'Kewajiban dibebaskan:', en: 'Obligation waived:' },
  roles: {
    admin: { id: 'Admin', en: 'Admin' },
    evaluator: { id: 'Tim evaluasi', en: 'Evaluator' },
    'opd-operator': { id: 'Operator OPD', en: 'OPD operator' },
    'opd-head': { id: 'Kepala OPD', en: 'Head of OPD' },
  },
} as const;

export type Text = { id: string; en: string };

import { texts } from '#functions/platform/web/texts.ts';

/** The words of the risk register's pages, in Bahasa Indonesia and English. */
export const riskTexts = {
  title: { id: 'Register risiko program quick win', en: 'Quick-win program risk registers' },
  chooseIntro: {
    id: 'Tandai program quick win di antara laporan inovasi OPD tahun ini, dan pilih skala penilaian risikonya. Setiap OPD pemilik program quick win wajib menyusun register risiko. Pilihan ini tidak dapat diubah setelah disimpan.',
    en: "Mark the quick-win programs among the OPDs' innovation reports of the year, and choose the scale their risks are rated on. Each OPD that owns a quick-win program must draw up a risk register. The choice cannot be changed once saved.",
  },
  scale: { id: 'Skala penilaian', en: 'Rating scale' },
  scale3: { id: '3 x 3 (register kota)', en: '3 x 3 (the city register)' },
  scale5: { id: '5 x 5 (pedoman manajemen risiko SPBE)', en: '5 x 5 (the SPBE risk management guideline)' },
  programs: { id: 'Program quick win', en: 'Quick-win programs' },
  choose: { id: 'Tetapkan program quick win', en: 'Set the quick-win programs' },
  noCandidates: {
    id: 'Belum ada laporan inovasi tahun ini yang dapat dipilih.',
    en: 'There are no innovation reports of the year to choose from yet.',
  },
  notChosen: {
    id: 'Program quick win siklus ini belum ditetapkan oleh admin atau ketua tim evaluasi.',
    en: "This cycle's quick-win programs have not been set yet by an admin or the lead evaluator.",
  },
  chosenBy: { id: 'Ditetapkan oleh', en: 'Set by' },
  export: { id: 'Unduh register (XLSX)', en: 'Download the registers (XLSX)' },
  cityMap: { id: 'Peta risiko kota', en: "The city's risk heat map" },
  programMap: { id: 'Peta risiko', en: 'Risk heat map' },
  noRisks: { id: 'Belum ada risiko yang dikirim.', en: 'No risks submitted yet.' },
  status: { id: 'Status', en: 'Status' },
  notOpened: { id: 'Belum dibuka', en: 'Not opened yet' },
  program: { id: 'Program', en: 'Program' },
  risk: { id: 'Risiko', en: 'Risk' },
  risksOf: { id: 'Daftar risiko', en: 'The risks of' },
  cause: { id: 'Penyebab', en: 'Cause' },
  category: { id: 'Kategori', en: 'Category' },
  likelihood: { id: 'Kemungkinan', en: 'Likelihood' },
  impact: { id: 'Dampak', en: 'Impact' },
  level: { id: 'Tingkat', en: 'Level' },
  mitigation: { id: 'Mitigasi', en: 'Mitigation' },
  owner: { id: 'Penanggung jawab', en: 'Owner' },
  due: { id: 'Tenggat', en: 'Due' },
  accept: { id: 'Terima register', en: 'Accept the register' },
  revise: { id: 'Minta revisi', en: 'Ask for a revision' },
  reviseBy: { id: 'Tenggat revisi', en: 'Revise by' },
  reviseByHint: { id: 'Hari kerja setelah hari ini.', en: 'A working day after today.' },
  note: { id: 'Yang perlu diperbaiki', en: 'What to revise' },
  revisionNote: { id: 'Catatan revisi', en: 'Revision note' },
  /** What each field of the page's forms needs, when the schema refuses it. */
  fieldErrors: {
    scale: { id: 'Pilih skala 3 x 3 atau 5 x 5.', en: 'Choose the 3 x 3 or the 5 x 5 scale.' },
    programs: {
      id: 'Tandai sedikitnya satu dan paling banyak 100 program quick win.',
      en: 'Mark at least one and at most 100 quick-win programs.',
    },
    decision: { id: 'Pilih terima atau minta revisi.', en: 'Choose to accept or to ask for a revision.' },
    due: { id: 'Isi tanggal tenggat revisi.', en: "Fill in the revision's due date." },
    note: {
      id: 'Tulis yang perlu diperbaiki, paling banyak 1.000 karakter.',
      en: 'Write what to revise, in 1,000 characters at most.',
    },
  },
  /** An obligation's status as the other pages name it, but a register submitted awaits its review. */
  statuses: {
    ...texts.obligationStatus,
    submitted: { id: 'Menunggu tinjauan', en: 'Awaiting review' },
  },
} as const;

import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** The words of the evaluators' review pages, in both languages. */
export const reviewTexts = {
  queueTitle: { id: 'Verifikasi penilaian mandiri', en: 'Self-assessment verification' },
  queueIntro: {
    id: 'Penilaian mandiri OPD yang menunggu verifikasi Anda, tenggat terdekat lebih dahulu.',
    en: 'The OPD self-assessments waiting for your verification, earliest due first.',
  },
  cityIntro: {
    id: 'Ketua tim evaluasi dan admin kota melihat seluruh penilaian mandiri siklus ini, dengan jumlah klaim yang melebihi hasil verifikasi.',
    en: "The lead evaluator and the city's admins see every self-assessment of this cycle, with how many claims exceed the verified level.",
  },
  emptyQueue: {
    id: 'Tidak ada penilaian yang menunggu verifikasi Anda.',
    en: 'No self-assessment is waiting for you.',
  },
  opd: { id: 'OPD', en: 'OPD' },
  round: { id: 'Putaran', en: 'Round' },
  verifier: { id: 'Verifikator', en: 'Verifier' },
  due: { id: 'Tenggat verifikasi', en: 'Verify by' },
  status: { id: 'Status', en: 'Status' },
  open: { id: 'Buka', en: 'Open' },
  statuses: {
    in_review: { id: 'Dalam verifikasi', en: 'In review' },
    revision_requested: { id: 'Perbaikan diminta', en: 'Revision requested' },
    accepted: { id: 'Diterima', en: 'Accepted' },
  },
  reviewTitle: { id: 'Verifikasi penilaian mandiri', en: 'Verify the self-assessment' },
  claimed: { id: 'Tingkat yang diklaim', en: 'Level claimed' },
  scoresTitle: { id: 'Skor', en: 'Scores' },
  scoresHint: {
    id: 'Skor mandiri dari klaim OPD, skor terverifikasi dari tingkat yang sudah diverifikasi, dan skor final: tingkat hasil kunjungan evaluasi bila OPD dikunjungi, selain itu tingkat terverifikasi setelah penilaian diterima; skala 1–5.',
    en: "The self score from the OPD's claims, the verified score from the levels verified so far, and the final score: the level found on the evaluation visit where the OPD was visited, else the verified level once the assessment is accepted; on a scale of 1–5.",
  },
  index: { id: 'Indeks', en: 'Index' },
  scoreKinds: {
    self: { id: 'Mandiri', en: 'Self' },
    verified: { id: 'Terverifikasi', en: 'Verified' },
    final: { id: 'Final', en: 'Final' },
  },
  justification: { id: 'Penjelasan OPD', en: "The OPD's justification" },
  evidence: { id: 'Bukti dukung', en: 'Evidence' },
  noEvidence: { id: 'Tidak ada bukti dilampirkan.', en: 'No evidence attached.' },
  evidenceAsked: { id: 'Bukti yang diminta pada tingkat ini', en: 'Evidence asked at this level' },
  verified: { id: 'Tingkat terverifikasi', en: 'Verified level' },
  notVerified: { id: '(belum diverifikasi)', en: '(not verified yet)' },
  note: { id: 'Catatan verifikasi', en: 'Verification note' },
  comment: { id: 'Permintaan perbaikan untuk indikator ini', en: 'What to revise in this indicator' },
  commentHint: {
    id: 'Isi hanya jika OPD perlu memperbaiki indikator ini.',
    en: 'Fill in only if the OPD must revise this indicator.',
  },
  revisionDue: { id: 'Tenggat perbaikan bagi OPD', en: 'The OPD revises by' },
  save: { id: 'Simpan verifikasi', en: 'Save the verification' },
  requestRevision: { id: 'Minta perbaikan', en: 'Request a revision' },
  accept: { id: 'Terima penilaian', en: 'Accept the assessment' },
  saved: { id: 'Verifikasi disimpan.', en: 'The verification was saved.' },
  revisionSent: {
    id: 'Permintaan perbaikan dikirim ke OPD.',
    en: 'The revision request was sent to the OPD.',
  },
  acceptedNotice: { id: 'Penilaian mandiri diterima.', en: 'The self-assessment was accepted.' },
  closed: {
    id: 'Penilaian ini tidak sedang dalam verifikasi; isinya hanya dapat dibaca.',
    en: 'This review is not in review; it can only be read.',
  },
  notChanged: { id: 'Belum tersimpan', en: 'Not saved' },
  level: { id: 'Tingkat', en: 'Level' },
  chooseLevel: { id: 'Pilih tingkat', en: 'Choose a level' },
  lead: { id: 'Ketua tim evaluasi', en: 'Lead evaluator' },
  overClaimed: { id: 'Klaim melebihi hasil verifikasi', en: 'Claimed above the verified level' },
  overClaims: { id: 'Klaim berlebih', en: 'Over-claims' },
} as const satisfies Record<string, Bilingual | Record<string, Bilingual>>;

import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** The words of the selection's pages, in both languages. */
export const selectionTexts = {
  publicTitle: { id: 'Pemilihan acak OPD yang dikunjungi', en: 'The random selection of the OPDs visited' },
  publicIntro: {
    id: 'Tim evaluasi Smart City memilih secara acak OPD yang dikunjunginya, dengan metode RFC 3797. Pool dan sumber keacakan diumumkan sebelum nilai sumber diketahui; siapa pun dapat menghitung ulang hasilnya.',
    en: 'The Smart City evaluation team chooses at random the OPDs it visits, by the method of RFC 3797. The pool and the sources of randomness are announced before the sources are known; anyone can recompute the result.',
  },
  leadTitle: { id: 'Pemilihan OPD yang dikunjungi', en: 'Selecting the OPDs to visit' },
  notAnnounced: {
    id: 'Pemilihan OPD untuk siklus ini belum diumumkan.',
    en: "This cycle's selection of OPDs has not been announced.",
  },
  noCycle: { id: 'Belum ada siklus evaluasi yang berjalan.', en: 'No evaluation cycle is under way.' },
  onlyLead: {
    id: 'Hanya ketua tim evaluasi yang mengumumkan dan mengundi.',
    en: 'Only the lead evaluator announces and draws.',
  },
  announcement: { id: 'Pengumuman', en: 'Announcement' },
  announcedOn: { id: 'Diumumkan', en: 'Announced' },
  pool: { id: 'Pool (urut kode OPD)', en: 'Pool (in order of OPD id)' },
  count: { id: 'Jumlah OPD yang diundi', en: 'OPDs to draw' },
  alwaysVisited: { id: 'Selalu dikunjungi (tidak ikut diundi)', en: 'Always visited (not in the draw)' },
  sources: { id: 'Sumber keacakan', en: 'Sources of randomness' },
  sourceDescription: { id: 'Sumber', en: 'Source' },
  sourceDate: { id: 'Tanggal nilai diumumkan', en: 'Date its value is published' },
  drawDate: { id: 'Tanggal undian', en: 'Draw date' },
  draw: { id: 'Undian', en: 'Draw' },
  redrawReason: { id: 'Alasan undian ulang', en: 'Reason for the redraw' },
  values: { id: 'Nilai sumber', en: 'Source values' },
  keyString: { id: 'Kunci (key string)', en: 'Key string' },
  digests: { id: 'Digest MD5', en: 'MD5 digests' },
  selected: { id: 'OPD terpilih', en: 'OPDs selected' },
  position: { id: 'posisi', en: 'position' },
  notDrawn: { id: 'Belum diundi.', en: 'Not drawn yet.' },
  earlierDraw: {
    id: 'Undian sebelumnya, digantikan oleh undian berikutnya',
    en: 'An earlier draw, replaced by the next one',
  },
  recheckTitle: { id: 'Menghitung ulang', en: 'Rechecking' },
  recheck: {
    id: 'Unduh catatan lengkap sebagai JSON dan hitung ulang dengan program RFC 3797 mana pun: kunci di atas dan jumlah OPD dalam pool cukup. Dengan Siklus: siklus selection verify --file berkas.json.',
    en: 'Download the whole record as JSON and recompute it with any RFC 3797 program: the key string above and the size of the pool are all it needs. With Siklus: siklus selection verify --file file.json.',
  },
  downloadJson: { id: 'Unduh catatan (JSON)', en: 'Download the record (JSON)' },
  publicLink: { id: 'Halaman publik', en: 'Public page' },
  announceTitle: { id: 'Umumkan pemilihan', en: 'Announce the selection' },
  announceHint: {
    id: 'Setelah diumumkan, pool, jumlah, sumber dan tanggal undian tidak dapat diubah. Pilih sumber yang nilainya belum diketahui siapa pun dan tidak dikendalikan siapa pun di sini, misalnya penutupan indeks saham atau hasil lotere pada tanggal tertentu.',
    en: 'Once announced, the pool, the count, the sources and the draw date cannot change. Choose sources whose values nobody knows yet and nobody here controls, such as a stock index close or a lottery result on a named date.',
  },
  sourceHint: {
    id: 'Tuliskan persis apa yang dibaca dan dalam bentuk apa (misalnya "Penutupan IHSG, dalam seperseratus poin").',
    en: 'Say exactly what is read and in what form (for example "IHSG close, in hundredths of a point").',
  },
  alwaysOpd: { id: 'OPD', en: 'OPD' },
  alwaysReason: { id: 'Alasan', en: 'Reason' },
  none: { id: '— tidak ada —', en: '— none —' },
  announce: { id: 'Umumkan', en: 'Announce' },
  drawTitle: { id: 'Undi', en: 'Draw' },
  drawHint: {
    id: 'Isikan nilai setiap sumber seperti yang diumumkan, hanya bilangan bulat dipisah spasi atau koma.',
    en: 'Enter each source value as published, whole numbers only, separated by spaces or commas.',
  },
  drawButton: { id: 'Undi dan terbitkan', en: 'Draw and publish' },
  redrawButton: { id: 'Undi ulang dan terbitkan', en: 'Redraw and publish' },
  announcedNotice: {
    id: 'Pemilihan diumumkan dan diterbitkan.',
    en: 'The selection is announced and published.',
  },
  drawnNotice: { id: 'Hasil undian diterbitkan.', en: 'The draw is published.' },
  notChanged: { id: 'Tidak ada yang berubah', en: 'Nothing changed' },
} as const satisfies Record<string, Bilingual>;

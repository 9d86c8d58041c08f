import type { Indicator } from '../model.ts';
import { level } from './level.ts';

/** Smart Economy: industry, welfare, financial transactions. */
export const economyIndicators: readonly Indicator[] = [
  {
    id: 'eco-in-01',
    dimension: 'economy',
    subDimension: 'industry',
    aspect: 'baseline',
    title: { id: 'Basis data industri kecil dan menengah', en: 'Database of small and medium industries' },
    question: {
      id: 'Apakah tersedia basis data IKM Kota Jambi yang lengkap, mutakhir, dan dapat dipakai lintas OPD?',
      en: 'Is there a complete, current database of Kota Jambi’s small and medium industries that other OPDs can use?',
    },
    levels: [
      level(
        ['Data IKM belum dihimpun.', 'Data on small industries is not collected.'],
        ['Surat pernyataan belum tersedianya data IKM.', 'A statement that no such data exists.'],
      ),
      level(
        [
          'Data IKM tersebar dalam berkas yang berbeda tanpa format baku.',
          'Data on small industries is scattered over files in no standard format.',
        ],
        ['Contoh berkas data IKM yang ada.', 'Samples of the existing data files.'],
      ),
      level(
        [
          'Basis data IKM tersusun dengan format baku dan dimutakhirkan setiap tahun.',
          'A database in a standard format is kept and updated every year.',
        ],
        [
          'Struktur data, SOP pemutakhiran, dan rekap jumlah IKM per kecamatan.',
          'The data structure, the update procedure and counts per district.',
        ],
      ),
      level(
        [
          'Data IKM dipublikasikan di portal Satu Data dan dipakai OPD lain.',
          'The data is published on the Satu Data portal and used by other OPDs.',
        ],
        [
          'Tautan dataset di portal data kota dan surat permintaan data dari OPD lain.',
          'The dataset link on the city’s data portal and data requests from other OPDs.',
        ],
      ),
      level(
        [
          'Data IKM dipakai untuk menentukan sasaran program pembinaan industri.',
          'The data is used to target industry support programmes.',
        ],
        [
          'Dokumen perencanaan program yang mengutip analisis data IKM.',
          'Programme planning documents citing the analysis of the data.',
        ],
      ),
    ],
    responsible: { opds: ['disperindag'] },
    weight: 1,
  },
  {
    id: 'eco-in-02',
    dimension: 'economy',
    subDimension: 'industry',
    aspect: 'outcome',
    title: {
      id: 'Pemasaran produk IKM melalui katalog elektronik',
      en: 'Selling local industry products through e-catalogues',
    },
    question: {
      id: 'Berapa banyak produk IKM Kota Jambi yang tayang dan terjual melalui katalog elektronik atau lokapasar?',
      en: 'How many of Kota Jambi’s local industry products are listed and sold through e-catalogues or marketplaces?',
    },
    levels: [
      level(
        [
          'Belum ada produk IKM yang tayang pada katalog elektronik.',
          'No local industry product is listed in an e-catalogue.',
        ],
        ['Daftar produk unggulan IKM.', 'The list of flagship local products.'],
      ),
      level(
        ['Sebagian kecil produk tayang tanpa pendampingan.', 'A few products are listed, with no support.'],
        ['Tangkapan layar produk yang tayang.', 'Screenshots of the listed products.'],
      ),
      level(
        [
          'Pendampingan penayangan produk berjalan dengan target tahunan.',
          'Support for listing products runs with a yearly target.',
        ],
        [
          'Kerangka acuan pendampingan dan mata anggaran pada DPA.',
          'The support programme’s terms of reference and its DPA budget line.',
        ],
      ),
      level(
        [
          'Produk IKM terjual melalui katalog elektronik pengadaan pemerintah.',
          'Local products are bought through the government procurement e-catalogue.',
        ],
        [
          'Laporan transaksi katalog elektronik dan daftar penyedia IKM.',
          'E-catalogue transaction reports and the list of local suppliers.',
        ],
      ),
      level(
        [
          'Nilai transaksi meningkat dan pembinaan disesuaikan dengan data penjualan.',
          'Sales value is rising and support is adjusted to the sales data.',
        ],
        [
          'Laporan tren nilai transaksi dua tahun dan rencana pembinaan yang diperbarui.',
          'Two-year sales trend and the revised support plan.',
        ],
      ),
    ],
    responsible: { opds: ['disperindag'] },
    weight: 1,
  },
  {
    id: 'eco-wf-01',
    dimension: 'economy',
    subDimension: 'welfare',
    aspect: 'output',
    title: {
      id: 'Pemutakhiran data terpadu kesejahteraan sosial',
      en: 'Updating the integrated social welfare data',
    },
    question: {
      id: 'Sejauh mana data penerima bantuan sosial dimutakhirkan secara digital dan dipadankan dengan data kependudukan?',
      en: 'How far is the data on social assistance recipients updated digitally and matched with the population register?',
    },
    levels: [
      level(
        ['Data penerima bantuan dikelola manual.', 'Recipient data is kept on paper.'],
        ['Contoh daftar penerima bantuan manual.', 'A sample of the paper recipient list.'],
      ),
      level(
        [
          'Data dimutakhirkan dalam lembar kerja tanpa pemadanan NIK.',
          'Data is updated in spreadsheets, without matching identity numbers (NIK).',
        ],
        [
          'Berkas data penerima dan catatan pemutakhirannya.',
          'The recipient data file and its update notes.',
        ],
      ),
      level(
        [
          'Pemutakhiran dilakukan melalui aplikasi dengan usulan dari kelurahan dan kecamatan.',
          'Updates are made through an application, with proposals from the wards and districts.',
        ],
        [
          'Tangkapan layar aplikasi, SOP pemutakhiran, dan rekap usulan per kecamatan.',
          'Screenshots of the application, the update procedure and proposals per district.',
        ],
      ),
      level(
        [
          'Data dipadankan dengan data Disdukcapil dan hasil padanan ditindaklanjuti.',
          'Data is matched with the civil registry and mismatches are followed up.',
        ],
        [
          'Perjanjian kerja sama pemanfaatan data kependudukan dan laporan hasil padanan.',
          'The population data use agreement and the matching reports.',
        ],
      ),
      level(
        [
          'Data diperbarui setiap bulan dan dipakai bersama oleh seluruh program perlindungan sosial kota.',
          'Data is refreshed monthly and shared by every social protection programme of the city.',
        ],
        [
          'Laporan pemutakhiran bulanan dan daftar program yang memakai data tersebut.',
          'Monthly update reports and the list of programmes using the data.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-sosial'] },
    weight: 1,
  },
  {
    id: 'eco-wf-02',
    dimension: 'economy',
    subDimension: 'welfare',
    aspect: 'impact',
    title: { id: 'Ketepatan sasaran bantuan sosial', en: 'Accuracy of social assistance targeting' },
    question: {
      id: 'Apakah bantuan sosial kota makin tepat sasaran menurut hasil verifikasi lapangan dan survei penerima?',
      en: 'Is the city’s social assistance reaching the right people more often, according to field checks and recipient surveys?',
    },
    levels: [
      level(
        ['Ketepatan sasaran belum pernah diukur.', 'Targeting accuracy has never been measured.'],
        ['Daftar program bantuan sosial kota.', 'The list of the city’s social assistance programmes.'],
      ),
      level(
        ['Ketepatan sasaran hanya dinilai dari pengaduan.', 'Accuracy is judged from complaints only.'],
        ['Rekap pengaduan salah sasaran.', 'A summary of complaints about wrong recipients.'],
      ),
      level(
        [
          'Verifikasi lapangan sampel penerima dilakukan setiap tahun.',
          'A sample of recipients is checked in the field every year.',
        ],
        [
          'Berita acara verifikasi lapangan dan rekap temuannya.',
          'Field check reports and a summary of findings.',
        ],
      ),
      level(
        [
          'Tingkat salah sasaran menurun dan survei penerima menunjukkan kepuasan.',
          'Wrong targeting is falling and recipient surveys show satisfaction.',
        ],
        [
          'Perbandingan temuan verifikasi dua tahun dan hasil kuesioner dampak.',
          'Field check findings over two years and impact questionnaire results.',
        ],
      ),
      level(
        [
          'Hasil pengukuran dipakai untuk memperbaiki kriteria dan mekanisme penyaluran.',
          'The measurements are used to improve criteria and delivery.',
        ],
        [
          'Dokumen perubahan kriteria penerima atau Peraturan Wali Kota tentang penyaluran.',
          'The revised recipient criteria or the mayoral regulation on delivery.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-sosial'] },
    weight: 1,
  },
  {
    id: 'eco-tx-01',
    dimension: 'economy',
    subDimension: 'transactions',
    aspect: 'output',
    title: {
      id: 'Pembayaran pajak dan retribusi daerah nontunai',
      en: 'Cashless payment of local taxes and charges',
    },
    question: {
      id: 'Sejauh mana pajak daerah dan retribusi dapat dibayar secara nontunai melalui kanal perbankan dan QRIS?',
      en: 'How far can local taxes and user charges be paid without cash, through bank channels and QRIS?',
    },
    levels: [
      level(
        ['Pembayaran hanya tunai di loket.', 'Payment is by cash at the counter only.'],
        ['Contoh tanda terima pembayaran tunai.', 'A sample cash receipt.'],
      ),
      level(
        [
          'Sebagian jenis pajak dapat dibayar melalui transfer bank.',
          'Some taxes can be paid by bank transfer.',
        ],
        ['Daftar jenis pajak dan rekening penerimaan.', 'The list of taxes and collection accounts.'],
      ),
      level(
        [
          'Seluruh pajak daerah dan sebagian retribusi dapat dibayar melalui kanal elektronik dan QRIS.',
          'Every local tax and some charges can be paid through electronic channels and QRIS.',
        ],
        [
          'Perjanjian kerja sama dengan bank dan daftar kanal pembayaran.',
          'Agreements with banks and the list of payment channels.',
        ],
      ),
      level(
        [
          'Pembayaran elektronik terekonsiliasi otomatis dengan sistem pendapatan daerah.',
          'Electronic payments are reconciled automatically with the local revenue system.',
        ],
        [
          'Laporan rekonsiliasi harian dan dokumen integrasi sistem.',
          'Daily reconciliation reports and integration documents.',
        ],
      ),
      level(
        [
          'Lebih dari 80% penerimaan dibayar nontunai dan kanal ditambah berdasarkan data pembayaran.',
          'More than 80% of revenue is paid without cash and channels are added from payment data.',
        ],
        [
          'Laporan porsi penerimaan nontunai dan analisis kanal pembayaran.',
          'The cashless share of revenue and the analysis of payment channels.',
        ],
      ),
    ],
    responsible: { opds: ['bapenda', 'bpkad'] },
    weight: 1,
  },
  {
    id: 'eco-tx-02',
    dimension: 'economy',
    subDimension: 'transactions',
    aspect: 'quick-win',
    title: {
      id: 'Quick win elektronifikasi transaksi pemerintah daerah',
      en: 'Quick win: electronic government transactions',
    },
    question: {
      id: 'Apakah program quick win elektronifikasi transaksi pemerintah daerah (belanja dan pendapatan) terlaksana sesuai rencana?',
      en: 'Is the quick-win programme for electronic government transactions (spending and revenue) carried out as planned?',
    },
    levels: [
      level(
        ['Program belum dirancang.', 'The programme has not been designed.'],
        ['Notulen rapat tim percepatan digitalisasi daerah.', 'Minutes of the regional digitalisation team.'],
      ),
      level(
        [
          'Rencana aksi tersusun tanpa target dan anggaran.',
          'An action plan exists, without targets or budget.',
        ],
        ['Dokumen rencana aksi.', 'The action plan.'],
      ),
      level(
        [
          'Rencana aksi ditetapkan dengan target, anggaran, dan register risiko.',
          'The action plan is adopted with targets, budget and a risk register.',
        ],
        [
          'SK Wali Kota tentang tim percepatan, mata anggaran pada DPA, dan register risiko.',
          'The mayor’s decree (SK Wali Kota) on the team, the DPA budget line and the risk register.',
        ],
      ),
      level(
        [
          'Target tahun berjalan tercapai, termasuk belanja nontunai melalui kartu kredit pemerintah daerah.',
          'This year’s targets are met, including cashless spending by regional government credit card.',
        ],
        [
          'Laporan capaian semester dan rekap transaksi belanja nontunai.',
          'Half-year progress reports and a summary of cashless spending.',
        ],
      ),
      level(
        [
          'Program dievaluasi dan diteruskan sebagai layanan rutin dengan perbaikan yang tercatat.',
          'The programme is evaluated and carried on as a routine service, with recorded improvements.',
        ],
        [
          'Laporan evaluasi akhir dan SOP layanan rutin hasil perbaikan.',
          'The final evaluation and the improved routine procedure.',
        ],
      ),
    ],
    responsible: { opds: ['bpkad', 'bapenda'] },
    weight: 1,
  },
];

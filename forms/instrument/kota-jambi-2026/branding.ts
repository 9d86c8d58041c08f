import type { Indicator } from '../model.ts';
import { level } from './level.ts';

/** Smart Branding: tourism, business ecosystem, city appearance. */
export const brandingIndicators: readonly Indicator[] = [
  {
    id: 'brd-tr-01',
    dimension: 'branding',
    subDimension: 'tourism',
    aspect: 'output',
    title: { id: 'Promosi pariwisata digital', en: 'Digital tourism promotion' },
    question: {
      id: 'Sejauh mana destinasi, acara budaya, dan kalender wisata Kota Jambi disajikan dan dipromosikan melalui kanal digital?',
      en: 'How far are Kota Jambi’s destinations, cultural events and tourism calendar presented and promoted through digital channels?',
    },
    levels: [
      level(
        [
          'Promosi wisata hanya melalui media cetak dan pameran.',
          'Tourism is promoted only in print and at fairs.',
        ],
        ['Contoh bahan promosi cetak tahun berjalan.', 'Samples of this year’s printed promotion material.'],
      ),
      level(
        [
          'Informasi wisata dimuat di media sosial tanpa jadwal maupun penanggung jawab.',
          'Tourism information is posted on social media, with no schedule or owner.',
        ],
        [
          'Tautan akun media sosial resmi dan tangkapan layar unggahan.',
          'Links to the official social media accounts and screenshots of posts.',
        ],
      ),
      level(
        [
          'Portal atau aplikasi wisata memuat destinasi dan kalender acara yang dikelola rutin.',
          'A tourism portal or application lists destinations and an events calendar, kept up regularly.',
        ],
        [
          'Tautan portal wisata, SOP pengelolaan konten, dan SK admin konten.',
          'The tourism portal link, the content procedure and the decree naming its content managers.',
        ],
      ),
      level(
        [
          'Kinerja promosi diukur dengan data kunjungan portal dan keterlibatan media sosial.',
          'Promotion is measured by portal visits and social media engagement.',
        ],
        [
          'Laporan analitik bulanan portal dan media sosial.',
          'Monthly analytics reports of the portal and social media.',
        ],
      ),
      level(
        [
          'Promosi terintegrasi dengan pelaku wisata dan dievaluasi untuk menentukan sasaran kampanye.',
          'Promotion is integrated with tourism businesses and evaluated to set campaign targets.',
        ],
        [
          'MoU dengan asosiasi pelaku wisata dan laporan evaluasi kampanye tahunan.',
          'An MoU with tourism business associations and the yearly campaign evaluation.',
        ],
      ),
    ],
    responsible: { opds: ['disparbud'] },
    weight: 1,
  },
  {
    id: 'brd-tr-02',
    dimension: 'branding',
    subDimension: 'tourism',
    aspect: 'impact',
    title: {
      id: 'Dampak terhadap kunjungan dan kepuasan wisatawan',
      en: 'Effect on visits and visitor satisfaction',
    },
    question: {
      id: 'Apakah kunjungan wisatawan dan kepuasan mereka meningkat setelah program pariwisata digital berjalan?',
      en: 'Have visitor numbers and satisfaction grown since the digital tourism programme started?',
    },
    levels: [
      level(
        ['Data kunjungan wisatawan belum dikumpulkan.', 'No visitor data is collected.'],
        ['Surat pernyataan ketiadaan data kunjungan.', 'A statement that no visitor data exists.'],
      ),
      level(
        [
          'Data kunjungan dikumpulkan tidak rutin dan hanya dari sebagian destinasi.',
          'Visitor data is collected irregularly and from some destinations only.',
        ],
        ['Rekap kunjungan dari pengelola destinasi.', 'Visitor counts from the destinations’ managers.'],
      ),
      level(
        [
          'Data kunjungan bulanan tersedia untuk seluruh destinasi yang dikelola pemerintah kota.',
          'Monthly visitor data exists for every destination the city manages.',
        ],
        [
          'Rekap kunjungan bulanan yang dipublikasikan di portal data kota.',
          'Monthly visitor figures published on the city’s data portal.',
        ],
      ),
      level(
        [
          'Survei kepuasan wisatawan dilakukan dan kunjungan meningkat dibandingkan tahun sebelumnya.',
          'A visitor satisfaction survey is run and visits grew over the previous year.',
        ],
        [
          'Hasil kuesioner dampak (paling sedikit 50 responden) dan perbandingan kunjungan dua tahun.',
          'Impact questionnaire results (at least 50 respondents) and visitor figures for two years.',
        ],
      ),
      level(
        [
          'Kenaikan kunjungan dan kepuasan berlanjut tiga tahun dan hasil survei dipakai untuk perbaikan layanan wisata.',
          'Visits and satisfaction have risen for three years and the survey drives improvements to tourism services.',
        ],
        [
          'Laporan tren tiga tahun dan rencana tindak lanjut hasil survei.',
          'The three-year trend report and the follow-up plan of the survey.',
        ],
      ),
    ],
    responsible: { opds: ['disparbud'] },
    weight: 1,
  },
  {
    id: 'brd-bs-01',
    dimension: 'branding',
    subDimension: 'business',
    aspect: 'output',
    title: { id: 'Perizinan berusaha secara elektronik', en: 'Electronic business licensing' },
    question: {
      id: 'Sejauh mana perizinan berusaha di Kota Jambi dilayani secara elektronik dan terhubung dengan sistem OSS?',
      en: 'How far are business licences in Kota Jambi issued electronically and connected to the national OSS system?',
    },
    levels: [
      level(
        ['Perizinan dilayani manual di loket.', 'Licences are handled manually at the counter.'],
        ['Register manual permohonan izin.', 'The manual register of licence applications.'],
      ),
      level(
        [
          'Permohonan dapat diajukan daring, tetapi verifikasi dan penerbitan masih manual.',
          'Applications can be filed online, but checks and issuing are still manual.',
        ],
        [
          'Tangkapan layar formulir daring dan contoh izin yang diterbitkan manual.',
          'Screenshots of the online form and a sample licence issued by hand.',
        ],
      ),
      level(
        [
          'Seluruh proses perizinan kewenangan kota berjalan elektronik sesuai SOP.',
          'Every licence within the city’s authority is processed electronically, under a procedure.',
        ],
        [
          'SOP perizinan elektronik dan laporan jumlah izin terbit per bulan.',
          'The electronic licensing procedure and monthly counts of licences issued.',
        ],
      ),
      level(
        [
          'Layanan terhubung dengan OSS dan status permohonan dapat dilacak pemohon.',
          'The service is connected to OSS and applicants can track their application.',
        ],
        [
          'Dokumen integrasi OSS dan laporan waktu penyelesaian rata-rata.',
          'The OSS integration documents and reports of the average processing time.',
        ],
      ),
      level(
        [
          'Waktu layanan diukur dan dipangkas dari tahun ke tahun berdasarkan umpan balik pelaku usaha.',
          'Processing time is measured and cut year after year from businesses’ feedback.',
        ],
        [
          'Laporan tren waktu layanan dan hasil survei kepuasan pelaku usaha.',
          'Processing-time trend report and business satisfaction survey results.',
        ],
      ),
    ],
    responsible: { opds: ['dpmptsp'] },
    weight: 2,
  },
  {
    id: 'brd-bs-02',
    dimension: 'branding',
    subDimension: 'business',
    aspect: 'outcome',
    title: { id: 'UMKM yang masuk ekosistem digital', en: 'Small businesses joining the digital ecosystem' },
    question: {
      id: 'Berapa banyak UMKM binaan yang telah memasarkan produk atau bertransaksi melalui platform digital?',
      en: 'How many of the supported small businesses sell or take payments through digital platforms?',
    },
    levels: [
      level(
        [
          'Belum ada data UMKM binaan yang memakai platform digital.',
          'There is no data on supported businesses using digital platforms.',
        ],
        ['Daftar UMKM binaan.', 'The list of supported businesses.'],
      ),
      level(
        [
          'Pelatihan pemasaran digital pernah diadakan tanpa pendampingan lanjutan.',
          'Digital marketing training was held once, without follow-up support.',
        ],
        ['Daftar hadir dan materi pelatihan.', 'Attendance lists and training material.'],
      ),
      level(
        [
          'Program pendampingan berjalan dengan target jumlah UMKM yang masuk platform digital.',
          'A support programme runs with a target number of businesses brought onto digital platforms.',
        ],
        [
          'Kerangka acuan program, mata anggaran pada DPA, dan daftar UMKM peserta.',
          'The programme’s terms of reference, its DPA budget line and the list of participants.',
        ],
      ),
      level(
        [
          'Lebih dari separuh UMKM peserta aktif berjualan atau menerima pembayaran digital.',
          'More than half of the participating businesses actively sell or take digital payments.',
        ],
        [
          'Rekap toko daring aktif dan data transaksi QRIS dari mitra perbankan.',
          'A count of active online shops and QRIS transaction data from partner banks.',
        ],
      ),
      level(
        [
          'Omzet UMKM peserta dipantau dan program diperluas berdasarkan hasilnya.',
          'Participants’ turnover is monitored and the programme is widened from the results.',
        ],
        [
          'Laporan evaluasi omzet dan MoU perluasan dengan mitra platform.',
          'The turnover evaluation and an MoU with platform partners to widen the programme.',
        ],
      ),
    ],
    responsible: { opds: ['disperindag', 'dpmptsp'] },
    weight: 1,
  },
  {
    id: 'brd-ca-01',
    dimension: 'branding',
    subDimension: 'city-appearance',
    aspect: 'baseline',
    title: { id: 'Strategi identitas dan citra kota', en: 'City identity and image strategy' },
    question: {
      id: 'Apakah Kota Jambi memiliki strategi city branding yang ditetapkan dan dipakai secara seragam oleh OPD?',
      en: 'Does Kota Jambi have an adopted city branding strategy that the OPDs apply consistently?',
    },
    levels: [
      level(
        [
          'Belum ada strategi maupun identitas visual kota.',
          'There is no strategy or visual identity for the city.',
        ],
        [
          'Notulen rapat yang membahas kebutuhan city branding.',
          'Minutes of a meeting on the need for city branding.',
        ],
      ),
      level(
        [
          'Logo atau slogan kota tersedia tanpa pedoman penggunaan.',
          'A city logo or slogan exists, with no usage guide.',
        ],
        ['Berkas logo dan slogan kota.', 'The city’s logo and slogan files.'],
      ),
      level(
        [
          'Strategi dan pedoman identitas visual kota ditetapkan.',
          'A branding strategy and visual identity guide are adopted.',
        ],
        [
          'SK Wali Kota tentang city branding dan buku pedoman identitas visual.',
          'The mayor’s decree (SK Wali Kota) on city branding and the visual identity guide.',
        ],
      ),
      level(
        [
          'Pedoman dipakai pada kanal resmi, ruang publik, dan acara seluruh OPD.',
          'The guide is applied on official channels, in public spaces and at every OPD’s events.',
        ],
        [
          'Foto penerapan di ruang publik dan tangkapan layar kanal resmi OPD.',
          'Photos of its use in public spaces and screenshots of the OPDs’ official channels.',
        ],
      ),
      level(
        [
          'Citra kota diukur berkala dan strategi diperbarui dari hasil pengukuran.',
          'The city’s image is measured regularly and the strategy revised from the results.',
        ],
        [
          'Laporan survei persepsi citra kota dan dokumen strategi yang diperbarui.',
          'The city image perception survey report and the revised strategy.',
        ],
      ),
    ],
    responsible: { opds: ['disparbud', 'diskominfo'] },
    weight: 1,
  },
  {
    id: 'brd-ca-02',
    dimension: 'branding',
    subDimension: 'city-appearance',
    aspect: 'impact',
    title: {
      id: 'Kepuasan warga atas ruang publik dan wajah kota',
      en: 'Residents’ satisfaction with public spaces and the city’s appearance',
    },
    question: {
      id: 'Bagaimana warga menilai kebersihan, kerapian, dan kenyamanan ruang publik yang ditata pemerintah kota?',
      en: 'How do residents rate the cleanliness, order and comfort of the public spaces the city has redesigned?',
    },
    levels: [
      level(
        [
          'Penilaian warga atas ruang publik belum pernah dikumpulkan.',
          'Residents have never been asked about public spaces.',
        ],
        ['Daftar ruang publik yang dikelola pemerintah kota.', 'The list of public spaces the city manages.'],
      ),
      level(
        [
          'Masukan warga hanya diterima dari pengaduan yang masuk.',
          'Residents’ views come only from complaints received.',
        ],
        ['Rekap pengaduan terkait ruang publik.', 'A summary of complaints about public spaces.'],
      ),
      level(
        [
          'Survei kepuasan ruang publik dilakukan dengan kuesioner dampak.',
          'A public space satisfaction survey is run with the impact questionnaire.',
        ],
        [
          'Kuesioner, daftar responden, dan rekap hasil survei.',
          'The questionnaire, respondent list and survey results.',
        ],
      ),
      level(
        [
          'Lebih dari 70% responden menyatakan puas dan hasilnya disampaikan kepada publik.',
          'More than 70% of respondents are satisfied and the results are published.',
        ],
        [
          'Laporan survei dan tautan publikasinya di portal data kota.',
          'The survey report and its link on the city’s data portal.',
        ],
      ),
      level(
        [
          'Kepuasan meningkat dari tahun sebelumnya dan hasil survei masuk perencanaan penataan kota.',
          'Satisfaction rose over the previous year and the survey feeds the planning of city improvements.',
        ],
        [
          'Perbandingan survei dua tahun dan kutipan Renja yang merujuk hasil survei.',
          'Survey comparison over two years and the work plan passages citing it.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-pupr', 'dinas-lingkungan-hidup'] },
    weight: 1,
  },
];

import type { Indicator } from '../model.ts';
import { level } from './level.ts';

const districts = [
  'kecamatan-alam-barajo',
  'kecamatan-danau-sipin',
  'kecamatan-danau-teluk',
  'kecamatan-jambi-selatan',
  'kecamatan-jambi-timur',
  'kecamatan-jelutung',
  'kecamatan-kota-baru',
  'kecamatan-paal-merah',
  'kecamatan-pasar-jambi',
  'kecamatan-pelayangan',
  'kecamatan-telanaipura',
];

/** Smart Society: community, education, security. */
export const societyIndicators: readonly Indicator[] = [
  {
    id: 'soc-cm-01',
    dimension: 'society',
    subDimension: 'community',
    aspect: 'outcome',
    title: { id: 'Literasi digital masyarakat di kecamatan', en: 'Digital literacy in the districts' },
    question: {
      id: 'Apakah program literasi digital menjangkau warga di setiap kecamatan sesuai target masterplan?',
      en: 'Does the digital literacy programme reach residents in every district, as the master plan targets?',
    },
    levels: [
      level(
        ['Belum ada kegiatan literasi digital.', 'No digital literacy activity has been held.'],
        ['Surat pernyataan kepala OPD.', 'A statement by the head of the OPD.'],
      ),
      level(
        [
          'Kegiatan literasi digital pernah diadakan tanpa target peserta.',
          'Digital literacy sessions were held, with no target for participants.',
        ],
        ['Daftar hadir dan dokumentasi kegiatan.', 'Attendance lists and photos of the sessions.'],
      ),
      level(
        [
          'Program literasi digital berjalan dengan jadwal dan target peserta per kecamatan.',
          'The programme runs on a schedule with targets per district.',
        ],
        [
          'Kerangka acuan program, jadwal, dan mata anggaran pada DPA.',
          'The programme’s terms of reference, schedule and DPA budget line.',
        ],
      ),
      level(
        [
          'Target peserta tercapai dan kemampuan peserta diukur sebelum dan sesudah kegiatan.',
          'Targets are met and participants’ skills are tested before and after.',
        ],
        [
          'Rekap peserta per kecamatan dan hasil uji awal dan akhir.',
          'Participants per district and the before-and-after test results.',
        ],
      ),
      level(
        [
          'Komunitas lokal menjadi penggerak literasi digital bersama pemerintah kota.',
          'Local communities lead digital literacy together with the city.',
        ],
        [
          'MoU dengan komunitas atau perguruan tinggi dan laporan kegiatan yang mereka selenggarakan.',
          'An MoU with communities or universities and reports of the sessions they ran.',
        ],
      ),
    ],
    responsible: { opds: ['diskominfo', ...districts] },
    weight: 1,
  },
  {
    id: 'soc-cm-02',
    dimension: 'society',
    subDimension: 'community',
    aspect: 'impact',
    title: {
      id: 'Tindak lanjut aspirasi dan pengaduan warga',
      en: 'Follow-up of residents’ complaints and suggestions',
    },
    question: {
      id: 'Berapa banyak pengaduan dan aspirasi warga yang ditindaklanjuti tepat waktu, dan bagaimana warga menilai tindak lanjutnya?',
      en: 'How many of residents’ complaints and suggestions are followed up on time, and how do residents rate the follow-up?',
    },
    levels: [
      level(
        ['Pengaduan belum dicatat secara terpusat.', 'Complaints are not recorded centrally.'],
        ['Contoh pengaduan yang diterima.', 'Samples of complaints received.'],
      ),
      level(
        [
          'Pengaduan dicatat, tetapi tindak lanjutnya tidak dipantau.',
          'Complaints are recorded, but their follow-up is not tracked.',
        ],
        ['Rekap pengaduan yang masuk.', 'A summary of the complaints received.'],
      ),
      level(
        [
          'Pengaduan dikelola melalui kanal daring dengan tenggat tindak lanjut yang ditetapkan.',
          'Complaints are handled through an online channel with set follow-up deadlines.',
        ],
        [
          'SOP pengelolaan pengaduan dan tangkapan layar kanal pengaduan.',
          'The complaint handling procedure and screenshots of the channel.',
        ],
      ),
      level(
        [
          'Lebih dari 80% pengaduan selesai tepat waktu dan pelapor menilai tindak lanjutnya.',
          'More than 80% of complaints are closed on time and complainants rate the follow-up.',
        ],
        [
          'Laporan kinerja pengelolaan pengaduan dan rekap penilaian pelapor.',
          'Complaint handling performance reports and complainants’ ratings.',
        ],
      ),
      level(
        [
          'Pola pengaduan dianalisis dan dipakai untuk memperbaiki layanan di sumbernya.',
          'Complaint patterns are analysed and used to fix services at their source.',
        ],
        [
          'Laporan analisis pengaduan tahunan dan daftar perbaikan layanan yang dihasilkan.',
          'The yearly complaint analysis and the service improvements it led to.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
  {
    id: 'soc-ed-01',
    dimension: 'society',
    subDimension: 'education',
    aspect: 'output',
    title: { id: 'Layanan pendidikan daring', en: 'Online education services' },
    question: {
      id: 'Sejauh mana penerimaan peserta didik baru, data sekolah, dan bahan belajar dikelola melalui layanan daring?',
      en: 'How far are school admissions, school data and learning material handled through online services?',
    },
    levels: [
      level(
        ['Layanan pendidikan diselenggarakan luring.', 'Education services are offline.'],
        ['Contoh formulir pendaftaran luring.', 'A sample paper admission form.'],
      ),
      level(
        [
          'Pendaftaran peserta didik baru daring diuji coba di sebagian sekolah.',
          'Online admissions are piloted in some schools.',
        ],
        ['Laporan uji coba dan daftar sekolah peserta.', 'The pilot report and the list of schools.'],
      ),
      level(
        [
          'Penerimaan peserta didik baru seluruh SD dan SMP negeri berjalan daring sesuai juknis.',
          'Admissions to every state primary and junior secondary school run online under technical guidelines.',
        ],
        [
          'Juknis PPDB yang ditetapkan dan laporan jumlah pendaftar daring.',
          'The adopted admission guidelines and counts of online applicants.',
        ],
      ),
      level(
        [
          'Data sekolah dan peserta didik tersinkron dengan Dapodik dan bahan belajar daring tersedia.',
          'School and pupil data is synchronised with Dapodik and online learning material is available.',
        ],
        [
          'Rekap sinkronisasi Dapodik dan tautan platform bahan belajar.',
          'Dapodik synchronisation summary and the link to the learning platform.',
        ],
      ),
      level(
        [
          'Pemanfaatan platform dipantau dan dipakai untuk pendampingan sekolah.',
          'Platform use is monitored and used to support schools.',
        ],
        [
          'Laporan analitik pemakaian platform per sekolah dan rencana pendampingan.',
          'Platform usage analytics per school and the support plan.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-pendidikan'] },
    weight: 1,
  },
  {
    id: 'soc-ed-02',
    dimension: 'society',
    subDimension: 'education',
    aspect: 'impact',
    title: {
      id: 'Manfaat ekosistem belajar digital bagi sekolah',
      en: 'Benefits of the digital learning ecosystem for schools',
    },
    question: {
      id: 'Menurut guru, orang tua, dan peserta didik, apakah layanan pendidikan digital memudahkan belajar dan administrasi sekolah?',
      en: 'According to teachers, parents and pupils, do the digital education services make learning and school administration easier?',
    },
    levels: [
      level(
        [
          'Manfaat layanan belum pernah ditanyakan kepada pengguna.',
          'Users have never been asked about the services’ benefits.',
        ],
        ['Daftar layanan pendidikan digital.', 'The list of digital education services.'],
      ),
      level(
        ['Masukan pengguna dikumpulkan secara informal.', 'User feedback is gathered informally.'],
        ['Catatan masukan dari rapat dengan sekolah.', 'Notes of feedback from meetings with schools.'],
      ),
      level(
        [
          'Kuesioner dampak diisi guru, orang tua, dan peserta didik dengan jumlah responden yang ditetapkan.',
          'The impact questionnaire is answered by teachers, parents and pupils, with a set number of respondents.',
        ],
        [
          'Kuesioner, daftar responden, dan rekap jawaban.',
          'The questionnaire, respondent list and answers.',
        ],
      ),
      level(
        [
          'Lebih dari 70% responden menyatakan terbantu dan hasilnya dipublikasikan.',
          'More than 70% of respondents say the services help and the results are published.',
        ],
        ['Laporan hasil survei dan tautan publikasinya.', 'The survey report and its publication link.'],
      ),
      level(
        [
          'Hasil survei dipakai untuk memperbaiki layanan dan manfaatnya meningkat dari tahun sebelumnya.',
          'The survey drives improvements and the benefit reported rose over the previous year.',
        ],
        [
          'Perbandingan survei dua tahun dan daftar perbaikan layanan.',
          'Survey comparison over two years and the list of improvements.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-pendidikan'] },
    weight: 1,
  },
  {
    id: 'soc-sc-01',
    dimension: 'society',
    subDimension: 'security',
    aspect: 'output',
    title: {
      id: 'Pemantauan ketertiban umum melalui command center',
      en: 'Public order monitoring through the command centre',
    },
    question: {
      id: 'Sejauh mana CCTV kota dan laporan ketertiban umum dipantau dan ditindaklanjuti melalui command center?',
      en: 'How far are the city’s CCTV and public order reports monitored and acted on through the command centre?',
    },
    levels: [
      level(
        [
          'Belum ada pemantauan ketertiban umum berbasis teknologi.',
          'Public order is not monitored with technology.',
        ],
        ['Laporan patroli manual.', 'Manual patrol reports.'],
      ),
      level(
        [
          'CCTV terpasang di beberapa titik tanpa pemantauan terpusat.',
          'CCTV is installed at some points, with no central monitoring.',
        ],
        ['Daftar lokasi CCTV.', 'The list of CCTV locations.'],
      ),
      level(
        [
          'Command center memantau CCTV dan laporan warga sesuai SOP dan jadwal piket.',
          'The command centre monitors CCTV and residents’ reports under a procedure and duty roster.',
        ],
        [
          'SOP command center, jadwal piket, dan SK tim operator.',
          'The command centre procedure, duty roster and the operators’ decree.',
        ],
      ),
      level(
        [
          'Kejadian yang terpantau diteruskan ke Satpol PP, BPBD, dan kepolisian dengan waktu respons tercatat.',
          'Incidents spotted are passed to Satpol PP, BPBD and the police, with response times recorded.',
        ],
        [
          'Rekap kejadian dan waktu respons serta perjanjian kerja sama dengan kepolisian.',
          'The incident and response-time log and the cooperation agreement with the police.',
        ],
      ),
      level(
        [
          'Data kejadian dianalisis untuk menentukan titik rawan dan penempatan patroli.',
          'Incident data is analysed to find hot spots and place patrols.',
        ],
        [
          'Peta titik rawan hasil analisis dan jadwal patroli yang disesuaikan.',
          'The hot-spot map from the analysis and the adjusted patrol schedule.',
        ],
      ),
    ],
    responsible: { opds: ['diskominfo', 'satpol-pp'] },
    weight: 1,
  },
  {
    id: 'soc-sc-02',
    dimension: 'society',
    subDimension: 'security',
    aspect: 'quick-win',
    title: { id: 'Quick win peringatan dini bencana', en: 'Quick win: disaster early warning' },
    question: {
      id: 'Apakah program quick win peringatan dini banjir dan kebakaran menjangkau warga di wilayah rawan sesuai rencana?',
      en: 'Does the quick-win flood and fire early warning programme reach residents of exposed areas as planned?',
    },
    levels: [
      level(
        ['Peringatan dini disampaikan hanya dari mulut ke mulut.', 'Warnings spread by word of mouth only.'],
        ['Peta wilayah rawan bencana.', 'The map of exposed areas.'],
      ),
      level(
        [
          'Informasi peringatan disebarkan melalui grup pesan tanpa prosedur.',
          'Warnings are posted in messaging groups, with no procedure.',
        ],
        ['Tangkapan layar pesan peringatan.', 'Screenshots of warning messages.'],
      ),
      level(
        [
          'Sistem peringatan dini berjalan dengan SOP, anggaran, dan register risiko program.',
          'An early warning system runs with a procedure, a budget and a programme risk register.',
        ],
        [
          'SOP peringatan dini, mata anggaran pada DPA, dan register risiko.',
          'The early warning procedure, the DPA budget line and the risk register.',
        ],
      ),
      level(
        [
          'Peringatan terkirim otomatis dari alat pemantau muka air ke warga wilayah rawan.',
          'Warnings go out automatically from water-level sensors to residents of exposed areas.',
        ],
        [
          'Log pengiriman peringatan dan laporan simulasi bersama warga.',
          'Warning dispatch logs and reports of drills held with residents.',
        ],
      ),
      level(
        [
          'Program dievaluasi setelah kejadian dan menjadi layanan rutin BPBD.',
          'The programme is reviewed after each event and has become a routine BPBD service.',
        ],
        [
          'Laporan evaluasi pascakejadian dan SOP layanan rutin.',
          'Post-event reviews and the routine service procedure.',
        ],
      ),
    ],
    responsible: { opds: ['bpbd'] },
    weight: 1,
  },
];

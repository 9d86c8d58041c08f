import type { Indicator } from '../model.ts';
import { level } from './level.ts';

/** Smart Environment: environmental protection, waste management, energy management. */
export const environmentIndicators: readonly Indicator[] = [
  {
    id: 'env-pr-01',
    dimension: 'environment',
    subDimension: 'protection',
    aspect: 'baseline',
    title: { id: 'Data pemantauan kualitas lingkungan', en: 'Environmental quality monitoring data' },
    question: {
      id: 'Apakah data kualitas udara dan air Kota Jambi dipantau secara berkala dan tersedia bagi publik?',
      en: 'Is the quality of Kota Jambi’s air and water monitored regularly and the data open to the public?',
    },
    levels: [
      level(
        ['Kualitas lingkungan belum dipantau.', 'Environmental quality is not monitored.'],
        ['Surat pernyataan belum adanya pemantauan.', 'A statement that no monitoring takes place.'],
      ),
      level(
        [
          'Uji kualitas air sungai dan udara dilakukan sesekali.',
          'River water and air are tested now and then.',
        ],
        ['Hasil uji laboratorium terakhir.', 'The latest laboratory results.'],
      ),
      level(
        [
          'Pemantauan berkala berjalan dengan jadwal dan titik pantau yang ditetapkan.',
          'Regular monitoring runs on a schedule at set monitoring points.',
        ],
        [
          'Jadwal pemantauan, peta titik pantau, dan laporan hasil uji per periode.',
          'The monitoring schedule, map of points and results per period.',
        ],
      ),
      level(
        [
          'Data pemantauan dipublikasikan di portal data kota dan dipakai menghitung indeks kualitas lingkungan hidup.',
          'Monitoring data is published on the city’s data portal and used for the environmental quality index.',
        ],
        [
          'Tautan dataset dan perhitungan indeks kualitas lingkungan hidup.',
          'The dataset link and the environmental quality index computation.',
        ],
      ),
      level(
        [
          'Data pemantauan memicu tindakan pengendalian pencemaran yang terdokumentasi.',
          'Monitoring data triggers documented pollution control actions.',
        ],
        [
          'Berita acara tindakan pengendalian dan perbandingan hasil uji sebelum dan sesudahnya.',
          'Records of control actions and test results before and after.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-lingkungan-hidup'] },
    weight: 1,
  },
  {
    id: 'env-pr-02',
    dimension: 'environment',
    subDimension: 'protection',
    aspect: 'impact',
    title: {
      id: 'Ruang terbuka hijau yang dirasakan warga',
      en: 'Green open space as residents experience it',
    },
    question: {
      id: 'Apakah luas dan mutu ruang terbuka hijau publik bertambah dan dirasakan manfaatnya oleh warga?',
      en: 'Is public green open space growing in area and quality, and do residents feel the benefit?',
    },
    levels: [
      level(
        ['Luas ruang terbuka hijau publik belum terdata.', 'The area of public green space is not recorded.'],
        ['Daftar taman kota.', 'The list of city parks.'],
      ),
      level(
        [
          'Luas ruang terbuka hijau terdata tanpa pemantauan mutunya.',
          'The area is recorded, but not its quality.',
        ],
        ['Rekap luas ruang terbuka hijau per kecamatan.', 'Green space area per district.'],
      ),
      level(
        [
          'Penambahan ruang terbuka hijau direncanakan dan mutunya dinilai berkala.',
          'New green space is planned and its quality assessed regularly.',
        ],
        [
          'Rencana penambahan dalam Renja dan laporan penilaian mutu.',
          'The expansion plan in the work plan and the quality assessments.',
        ],
      ),
      level(
        [
          'Luas bertambah dari tahun sebelumnya dan survei warga menunjukkan manfaat yang dirasakan.',
          'The area grew over the previous year and a residents’ survey shows the benefit felt.',
        ],
        [
          'Perbandingan luas dua tahun dan hasil kuesioner dampak.',
          'Area figures for two years and impact questionnaire results.',
        ],
      ),
      level(
        [
          'Warga dan dunia usaha ikut memelihara ruang terbuka hijau melalui kemitraan.',
          'Residents and businesses help maintain green space through partnerships.',
        ],
        [
          'MoU kemitraan pemeliharaan dan laporan kegiatannya.',
          'Maintenance partnership MoUs and their activity reports.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-lingkungan-hidup', 'dinas-pupr'] },
    weight: 1,
  },
  {
    id: 'env-ws-01',
    dimension: 'environment',
    subDimension: 'waste',
    aspect: 'outcome',
    title: { id: 'Pengurangan sampah melalui bank sampah', en: 'Reducing waste through waste banks' },
    question: {
      id: 'Berapa banyak sampah yang dikurangi melalui bank sampah dan pemilahan di sumber, dan apakah datanya tercatat digital?',
      en: 'How much waste is kept out of landfill through waste banks and sorting at source, and is it recorded digitally?',
    },
    levels: [
      level(
        ['Belum ada bank sampah yang dibina.', 'No waste bank is supported.'],
        ['Data timbulan sampah kota.', 'The city’s waste generation figures.'],
      ),
      level(
        [
          'Bank sampah ada di sebagian kelurahan tanpa pencatatan terpusat.',
          'Waste banks exist in some wards, with no central records.',
        ],
        ['Daftar bank sampah dan pengelolanya.', 'The list of waste banks and their managers.'],
      ),
      level(
        [
          'Bank sampah di setiap kecamatan mencatat setoran melalui aplikasi.',
          'Waste banks in every district record deposits in an application.',
        ],
        [
          'Tangkapan layar aplikasi dan SK pembinaan bank sampah.',
          'Screenshots of the application and the decree on waste bank support.',
        ],
      ),
      level(
        [
          'Pengurangan sampah terukur dan dilaporkan ke sistem informasi pengelolaan sampah nasional.',
          'Waste reduction is measured and reported to the national waste information system.',
        ],
        [
          'Laporan tonase pengurangan sampah dan bukti pelaporan ke SIPSN.',
          'Tonnage reports and proof of reporting to SIPSN.',
        ],
      ),
      level(
        [
          'Pengurangan sampah mencapai target kebijakan dan strategi daerah dan terus meningkat.',
          'Reduction meets the regional policy and strategy target and keeps rising.',
        ],
        [
          'Perbandingan capaian dengan target Jakstrada dan tren tiga tahun.',
          'Results against the Jakstrada target and the three-year trend.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-lingkungan-hidup'] },
    weight: 1,
  },
  {
    id: 'env-ws-02',
    dimension: 'environment',
    subDimension: 'waste',
    aspect: 'quick-win',
    title: { id: 'Quick win pelaporan titik sampah liar', en: 'Quick win: reporting illegal dumping sites' },
    question: {
      id: 'Apakah warga dapat melaporkan titik sampah liar secara daring dan laporan tersebut ditangani sesuai tenggat?',
      en: 'Can residents report illegal dumping sites online, and are the reports handled within the deadline?',
    },
    levels: [
      level(
        [
          'Belum ada kanal pelaporan titik sampah liar.',
          'There is no channel for reporting illegal dumping.',
        ],
        ['Daftar titik sampah liar yang diketahui.', 'The list of known dumping sites.'],
      ),
      level(
        [
          'Laporan diterima melalui telepon atau media sosial tanpa pencatatan.',
          'Reports come by phone or social media and are not recorded.',
        ],
        ['Contoh laporan warga yang diterima.', 'Samples of reports received.'],
      ),
      level(
        [
          'Kanal pelaporan daring tersedia dengan SOP penanganan, anggaran, dan register risiko.',
          'An online reporting channel exists with a handling procedure, a budget and a risk register.',
        ],
        [
          'SOP penanganan laporan, mata anggaran pada DPA, dan register risiko.',
          'The handling procedure, the DPA budget line and the risk register.',
        ],
      ),
      level(
        [
          'Lebih dari 80% laporan ditangani dalam tenggat bersama kecamatan.',
          'More than 80% of reports are handled within the deadline, with the districts.',
        ],
        [
          'Rekap laporan dan waktu penanganan dari aplikasi.',
          'The report and handling-time log from the application.',
        ],
      ),
      level(
        [
          'Titik sampah liar berkurang dan program dilanjutkan sebagai layanan rutin.',
          'Dumping sites are fewer and the programme carries on as a routine service.',
        ],
        [
          'Perbandingan jumlah titik dua tahun dan SOP layanan rutin.',
          'Site counts over two years and the routine service procedure.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-lingkungan-hidup', 'satpol-pp'] },
    weight: 1,
  },
  {
    id: 'env-en-01',
    dimension: 'environment',
    subDimension: 'energy',
    aspect: 'baseline',
    title: {
      id: 'Kebijakan hemat energi di kantor pemerintah',
      en: 'Energy saving policy in government offices',
    },
    question: {
      id: 'Apakah OPD menerapkan kebijakan hemat energi dan mencatat pemakaian listrik kantornya setiap bulan?',
      en: 'Does the OPD apply an energy saving policy and record its office’s electricity use every month?',
    },
    levels: [
      level(
        ['Belum ada kebijakan hemat energi.', 'There is no energy saving policy.'],
        [
          'Tagihan listrik kantor tiga bulan terakhir.',
          'The office’s electricity bills for the last three months.',
        ],
      ),
      level(
        [
          'Imbauan hemat energi disampaikan tanpa pencatatan pemakaian.',
          'Staff are urged to save energy, with no record of use.',
        ],
        ['Surat edaran atau imbauan hemat energi.', 'The circular urging energy saving.'],
      ),
      level(
        [
          'Kebijakan hemat energi ditetapkan dan pemakaian listrik dicatat setiap bulan.',
          'An energy saving policy is adopted and electricity use is recorded monthly.',
        ],
        [
          'Surat Edaran Wali Kota tentang hemat energi dan rekap pemakaian listrik bulanan.',
          'The mayor’s circular on energy saving and the monthly electricity log.',
        ],
      ),
      level(
        [
          'Pemakaian listrik dibandingkan dengan target dan penyimpangannya ditindaklanjuti.',
          'Use is compared with a target and deviations are followed up.',
        ],
        [
          'Laporan perbandingan pemakaian dengan target dan catatan tindak lanjut.',
          'Use-against-target reports and follow-up notes.',
        ],
      ),
      level(
        [
          'Pemakaian listrik turun dari tahun sebelumnya melalui penggantian peralatan hemat energi.',
          'Use fell over the previous year through energy-efficient equipment.',
        ],
        [
          'Perbandingan pemakaian dua tahun dan bukti pengadaan peralatan hemat energi.',
          'Use over two years and proof of buying efficient equipment.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
  {
    id: 'env-en-02',
    dimension: 'environment',
    subDimension: 'energy',
    aspect: 'outcome',
    title: { id: 'Penerangan jalan umum hemat energi', en: 'Energy-efficient street lighting' },
    question: {
      id: 'Berapa porsi penerangan jalan umum yang telah memakai lampu LED dan dipantau dengan sistem kendali jarak jauh?',
      en: 'What share of street lights use LED lamps and are monitored by remote control?',
    },
    levels: [
      level(
        [
          'Seluruh penerangan jalan memakai lampu konvensional tanpa pendataan.',
          'Every street light uses conventional lamps and none are recorded.',
        ],
        ['Rekap tagihan listrik penerangan jalan umum.', 'The street lighting electricity bills.'],
      ),
      level(
        [
          'Titik penerangan jalan terdata dan penggantian ke LED dimulai.',
          'Street lights are recorded and replacement with LED has begun.',
        ],
        [
          'Basis data titik penerangan jalan dan berita acara penggantian.',
          'The street light database and replacement records.',
        ],
      ),
      level(
        [
          'Lebih dari 50% titik memakai LED sesuai rencana penggantian bertahap.',
          'More than half of the lights are LED, under a staged replacement plan.',
        ],
        [
          'Rencana penggantian bertahap dan mata anggaran pada DPA.',
          'The staged replacement plan and its DPA budget line.',
        ],
      ),
      level(
        [
          'Lampu LED di ruas utama dipantau dan diatur melalui sistem kendali jarak jauh.',
          'LED lights on main roads are monitored and dimmed by remote control.',
        ],
        [
          'Tangkapan layar dasbor sistem kendali dan laporan gangguan yang tertangani.',
          'Control system dashboard screenshots and reports of faults fixed.',
        ],
      ),
      level(
        [
          'Konsumsi listrik penerangan jalan turun terukur dan penghematannya dilaporkan.',
          'Street lighting consumption fell measurably and the savings are reported.',
        ],
        [
          'Perbandingan konsumsi listrik dua tahun dan laporan penghematan anggaran.',
          'Consumption over two years and the report of budget savings.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-perhubungan'] },
    weight: 1,
  },
];

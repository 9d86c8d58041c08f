import type { Indicator } from '../model.ts';
import { level } from './level.ts';

/** Smart Living: spatial harmony, health, mobility. */
export const livingIndicators: readonly Indicator[] = [
  {
    id: 'liv-hm-01',
    dimension: 'living',
    subDimension: 'harmony',
    aspect: 'baseline',
    title: { id: 'Data tata ruang digital', en: 'Digital spatial planning data' },
    question: {
      id: 'Apakah rencana tata ruang Kota Jambi (RTRW dan RDTR) tersedia dalam bentuk peta digital yang dapat diakses publik?',
      en: 'Are Kota Jambi’s spatial plans (RTRW and RDTR) available as digital maps open to the public?',
    },
    levels: [
      level(
        [
          'Rencana tata ruang hanya tersedia sebagai dokumen cetak.',
          'The spatial plans exist on paper only.',
        ],
        ['Salinan dokumen rencana tata ruang.', 'A copy of the spatial plan.'],
      ),
      level(
        [
          'Peta tata ruang tersedia dalam berkas digital tanpa standar data geospasial.',
          'Spatial maps exist as digital files without geospatial data standards.',
        ],
        ['Berkas peta digital dan daftar layernya.', 'The digital map files and their list of layers.'],
      ),
      level(
        [
          'Peta RTRW dan RDTR tersedia pada aplikasi WebGIS yang dapat diakses publik.',
          'RTRW and RDTR maps are published on a public WebGIS application.',
        ],
        [
          'Tautan WebGIS dan SK pengelola data geospasial.',
          'The WebGIS link and the decree naming the geospatial data managers.',
        ],
      ),
      level(
        [
          'Data tata ruang terhubung dengan simpul jaringan informasi geospasial nasional.',
          'Spatial data is connected to the national geospatial information network node.',
        ],
        [
          'Bukti pendaftaran simpul jaringan dan tangkapan layar katalog geoportal.',
          'Proof of node registration and screenshots of the geoportal catalogue.',
        ],
      ),
      level(
        [
          'Data tata ruang dimutakhirkan rutin dan dipakai untuk keputusan kesesuaian pemanfaatan ruang.',
          'Spatial data is updated routinely and used in land-use conformity decisions.',
        ],
        [
          'Riwayat pemutakhiran data dan contoh keputusan yang merujuk peta digital.',
          'The data update history and sample decisions citing the digital maps.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-pupr', 'bappeda'] },
    weight: 1,
  },
  {
    id: 'liv-hm-02',
    dimension: 'living',
    subDimension: 'harmony',
    aspect: 'outcome',
    title: { id: 'Persetujuan bangunan gedung secara daring', en: 'Online building approvals' },
    question: {
      id: 'Sejauh mana persetujuan bangunan gedung (PBG) diproses daring dan dicek kesesuaiannya dengan rencana tata ruang?',
      en: 'How far are building approvals (PBG) processed online and checked against the spatial plan?',
    },
    levels: [
      level(
        ['Permohonan PBG diproses manual.', 'Building approval requests are processed by hand.'],
        ['Register permohonan PBG manual.', 'The manual register of approval requests.'],
      ),
      level(
        [
          'Permohonan diajukan melalui SIMBG, tetapi pemeriksaan masih manual.',
          'Requests are filed through SIMBG, but checks are still manual.',
        ],
        [
          'Tangkapan layar SIMBG dan contoh berkas pemeriksaan manual.',
          'SIMBG screenshots and a sample manual check file.',
        ],
      ),
      level(
        [
          'Seluruh permohonan diproses melalui SIMBG sesuai SOP dan tenggat layanan.',
          'Every request goes through SIMBG under a procedure and a service deadline.',
        ],
        [
          'SOP layanan PBG dan laporan jumlah PBG terbit per bulan.',
          'The approval procedure and monthly counts of approvals issued.',
        ],
      ),
      level(
        [
          'Kesesuaian dengan RDTR dicek memakai data tata ruang digital dan waktu layanan dipantau.',
          'Conformity with the RDTR is checked against the digital spatial data and service time is monitored.',
        ],
        [
          'Laporan waktu penyelesaian rata-rata dan contoh hasil cek kesesuaian ruang.',
          'Average processing-time reports and sample conformity checks.',
        ],
      ),
      level(
        [
          'Waktu layanan menurun dan pelanggaran tata ruang baru berkurang dari tahun sebelumnya.',
          'Processing time is falling and new spatial violations are fewer than the year before.',
        ],
        [
          'Perbandingan waktu layanan dua tahun dan rekap penertiban pelanggaran tata ruang.',
          'Processing times over two years and the record of enforcement against violations.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-pupr', 'dpmptsp'] },
    weight: 1,
  },
  {
    id: 'liv-hl-01',
    dimension: 'living',
    subDimension: 'health',
    aspect: 'output',
    title: {
      id: 'Rekam medis elektronik di fasilitas kesehatan milik kota',
      en: 'Electronic medical records in city health facilities',
    },
    question: {
      id: 'Berapa banyak puskesmas dan unit RSUD yang telah memakai rekam medis elektronik yang terhubung dengan platform SATUSEHAT?',
      en: 'How many community health centres and hospital units use electronic medical records connected to the SATUSEHAT platform?',
    },
    levels: [
      level(
        ['Rekam medis masih kertas di seluruh fasilitas.', 'Medical records are on paper in every facility.'],
        ['Daftar fasilitas kesehatan milik kota.', 'The list of the city’s health facilities.'],
      ),
      level(
        [
          'Rekam medis elektronik diuji coba di sebagian kecil fasilitas.',
          'Electronic records are piloted in a few facilities.',
        ],
        [
          'Laporan uji coba dan daftar fasilitas peserta.',
          'The pilot report and the list of participating facilities.',
        ],
      ),
      level(
        [
          'Lebih dari separuh puskesmas memakai rekam medis elektronik sesuai SOP.',
          'More than half of the health centres use electronic records under a procedure.',
        ],
        [
          'SOP rekam medis elektronik dan rekap fasilitas pengguna.',
          'The electronic records procedure and the list of facilities using it.',
        ],
      ),
      level(
        [
          'Seluruh puskesmas dan RSUD terhubung dengan SATUSEHAT.',
          'Every health centre and the hospital are connected to SATUSEHAT.',
        ],
        [
          'Tangkapan layar dasbor SATUSEHAT dan laporan pengiriman data per fasilitas.',
          'SATUSEHAT dashboard screenshots and data submission reports per facility.',
        ],
      ),
      level(
        [
          'Data rekam medis dipakai untuk surveilans dan perencanaan layanan kesehatan kota.',
          'Medical record data is used for surveillance and planning the city’s health services.',
        ],
        [
          'Laporan analisis surveilans dan dokumen perencanaan yang memakainya.',
          'Surveillance analyses and the planning documents that use them.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-kesehatan', 'rsud'] },
    weight: 2,
  },
  {
    id: 'liv-hl-02',
    dimension: 'living',
    subDimension: 'health',
    aspect: 'impact',
    title: { id: 'Waktu tunggu dan kepuasan pasien', en: 'Patient waiting time and satisfaction' },
    question: {
      id: 'Apakah antrean daring dan layanan kesehatan digital menurunkan waktu tunggu dan menaikkan kepuasan pasien?',
      en: 'Have online queues and digital health services cut waiting times and raised patient satisfaction?',
    },
    levels: [
      level(
        [
          'Waktu tunggu dan kepuasan pasien belum diukur.',
          'Waiting times and patient satisfaction are not measured.',
        ],
        ['Surat pernyataan belum adanya pengukuran.', 'A statement that nothing is measured yet.'],
      ),
      level(
        [
          'Waktu tunggu dicatat sesekali tanpa metode yang sama.',
          'Waiting times are noted now and then, by no common method.',
        ],
        ['Contoh catatan waktu tunggu.', 'Sample waiting-time notes.'],
      ),
      level(
        [
          'Waktu tunggu diukur dari sistem antrean daring dan survei kepuasan dilakukan setiap semester.',
          'Waiting time is measured by the online queue system and satisfaction surveyed every six months.',
        ],
        [
          'Laporan sistem antrean dan hasil survei kepuasan masyarakat (SKM).',
          'Queue system reports and public satisfaction survey (SKM) results.',
        ],
      ),
      level(
        [
          'Waktu tunggu rata-rata menurun dan kepuasan pasien di atas target Renstra.',
          'Average waiting time is falling and satisfaction is above the strategic plan target.',
        ],
        [
          'Perbandingan waktu tunggu dua tahun dan kutipan target Renstra.',
          'Waiting times over two years and the strategic plan target.',
        ],
      ),
      level(
        [
          'Perbaikan layanan dilakukan berdasarkan hasil pengukuran dan diumumkan kepada publik.',
          'Services are improved from the measurements and the results are made public.',
        ],
        [
          'Rencana tindak lanjut SKM dan tautan publikasi hasilnya.',
          'The satisfaction survey follow-up plan and the link where the results are published.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-kesehatan', 'rsud'] },
    weight: 1,
  },
  {
    id: 'liv-mb-01',
    dimension: 'living',
    subDimension: 'mobility',
    aspect: 'output',
    title: { id: 'Pengendalian lalu lintas berbasis teknologi', en: 'Technology-based traffic control' },
    question: {
      id: 'Sejauh mana simpang di Kota Jambi dikendalikan dengan sistem ATCS dan informasi lalu lintas disampaikan kepada publik?',
      en: 'How far are Kota Jambi’s junctions controlled by an ATCS and traffic information given to the public?',
    },
    levels: [
      level(
        [
          'Lampu lalu lintas berjalan dengan waktu tetap tanpa pemantauan.',
          'Traffic lights run on fixed timings with no monitoring.',
        ],
        ['Daftar simpang bersinyal.', 'The list of signalised junctions.'],
      ),
      level(
        [
          'Kamera pemantau terpasang di beberapa simpang tanpa pusat kendali.',
          'Cameras are installed at some junctions, with no control room.',
        ],
        ['Daftar lokasi kamera dan foto pemasangan.', 'Camera locations and installation photos.'],
      ),
      level(
        [
          'Pusat kendali ATCS beroperasi untuk simpang utama sesuai SOP.',
          'An ATCS control room runs the main junctions under a procedure.',
        ],
        [
          'SOP operasional ATCS, jadwal piket, dan foto ruang kendali.',
          'The ATCS operating procedure, duty roster and photos of the control room.',
        ],
      ),
      level(
        [
          'Informasi lalu lintas disiarkan langsung melalui kanal resmi dan terhubung dengan command center kota.',
          'Traffic information is broadcast live on official channels and linked to the city command centre.',
        ],
        [
          'Tangkapan layar kanal informasi dan dokumen integrasi dengan command center.',
          'Screenshots of the information channels and the integration documents.',
        ],
      ),
      level(
        [
          'Pengaturan sinyal disesuaikan dengan data volume lalu lintas dan kinerjanya dievaluasi.',
          'Signal timing is adjusted to traffic volumes and its effect is evaluated.',
        ],
        [
          'Laporan analisis volume lalu lintas dan evaluasi waktu tempuh koridor.',
          'Traffic volume analyses and corridor travel-time evaluations.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-perhubungan'] },
    weight: 1,
  },
  {
    id: 'liv-mb-02',
    dimension: 'living',
    subDimension: 'mobility',
    aspect: 'outcome',
    title: { id: 'Parkir dan angkutan umum terdigitalisasi', en: 'Digital parking and public transport' },
    question: {
      id: 'Apakah retribusi parkir dan informasi angkutan umum telah dikelola secara digital sesuai masterplan?',
      en: 'Are parking charges and public transport information managed digitally, as the master plan intends?',
    },
    levels: [
      level(
        ['Parkir dan angkutan umum dikelola manual.', 'Parking and public transport are managed by hand.'],
        ['Data titik parkir dan trayek angkutan.', 'The list of parking points and transport routes.'],
      ),
      level(
        [
          'Karcis parkir elektronik atau informasi trayek daring diuji coba di sebagian lokasi.',
          'Electronic parking tickets or online route information are piloted in some places.',
        ],
        ['Laporan uji coba dan daftar lokasi.', 'The pilot report and the list of locations.'],
      ),
      level(
        [
          'Pembayaran parkir nontunai berjalan di titik utama dan informasi trayek tersedia daring.',
          'Cashless parking runs at the main points and route information is online.',
        ],
        [
          'SOP parkir nontunai dan tautan informasi trayek.',
          'The cashless parking procedure and the route information link.',
        ],
      ),
      level(
        [
          'Penerimaan parkir tercatat otomatis dan posisi angkutan umum dapat dipantau waktu nyata.',
          'Parking revenue is recorded automatically and buses can be tracked in real time.',
        ],
        [
          'Laporan penerimaan parkir dari sistem dan tangkapan layar pelacakan armada.',
          'Parking revenue reports from the system and fleet tracking screenshots.',
        ],
      ),
      level(
        [
          'Data parkir dan angkutan dipakai untuk menata trayek dan titik parkir.',
          'Parking and transport data is used to redesign routes and parking points.',
        ],
        [
          'Kajian penataan trayek atau parkir yang memakai data sistem.',
          'A route or parking redesign study using the system’s data.',
        ],
      ),
    ],
    responsible: { opds: ['dinas-perhubungan'] },
    weight: 1,
  },
];

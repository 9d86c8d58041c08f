import type { Indicator } from '../model.ts';
import { level } from './level.ts';

/** Smart Governance: public services, bureaucratic governance, public policy. */
export const governanceIndicators: readonly Indicator[] = [
  {
    id: 'gov-ps-01',
    dimension: 'governance',
    subDimension: 'public-services',
    aspect: 'baseline',
    title: {
      id: 'Standar pelayanan dan SOP layanan daring',
      en: 'Service standards and procedures for online services',
    },
    question: {
      id: 'Sejauh mana layanan publik OPD yang diselenggarakan secara daring memiliki standar pelayanan dan SOP yang ditetapkan?',
      en: 'To what extent do the OPD’s online public services have adopted service standards and standard operating procedures?',
    },
    levels: [
      level(
        [
          'Belum ada standar pelayanan maupun SOP untuk layanan daring.',
          'No service standard or procedure exists for online services.',
        ],
        [
          'Surat pernyataan kepala OPD tentang kondisi layanan.',
          'A statement by the head of the OPD on the state of its services.',
        ],
      ),
      level(
        [
          'Standar pelayanan atau SOP tersusun dalam bentuk draf untuk sebagian layanan daring.',
          'Service standards or procedures exist as drafts for some online services.',
        ],
        [
          'Draf standar pelayanan atau SOP beserta daftar layanan yang dicakup.',
          'Draft service standards or procedures with the list of services they cover.',
        ],
      ),
      level(
        [
          'Standar pelayanan dan SOP seluruh layanan daring telah ditetapkan dan dipublikasikan.',
          'Service standards and procedures of every online service are adopted and published.',
        ],
        [
          'SK Kepala OPD penetapan standar pelayanan, dokumen SOP, dan tautan publikasinya.',
          'The head of the OPD’s decree adopting the standards, the procedure documents and the link where they are published.',
        ],
      ),
      level(
        [
          'Kepatuhan terhadap standar pelayanan dipantau secara berkala dengan indikator waktu dan mutu layanan.',
          'Compliance with the service standards is monitored regularly against indicators of service time and quality.',
        ],
        [
          'Laporan pemantauan kepatuhan triwulanan dan hasil survei kepuasan masyarakat (SKM).',
          'Quarterly compliance monitoring reports and public satisfaction survey (SKM) results.',
        ],
      ),
      level(
        [
          'Standar pelayanan dan SOP direviu setiap tahun berdasarkan hasil pemantauan dan pengaduan masyarakat.',
          'Standards and procedures are reviewed every year from the monitoring results and citizens’ complaints.',
        ],
        [
          'Berita acara reviu tahunan dan SK perubahan standar pelayanan yang memuat perbaikannya.',
          'Minutes of the yearly review and the amended decree showing the improvements.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
  {
    id: 'gov-ps-02',
    dimension: 'governance',
    subDimension: 'public-services',
    aspect: 'outcome',
    title: {
      id: 'Pemanfaatan layanan daring oleh masyarakat',
      en: 'Citizens’ use of online services',
    },
    question: {
      id: 'Berapa besar porsi permohonan layanan OPD yang diajukan dan diselesaikan melalui kanal daring, seperti e-pelayanan dan e-yankel?',
      en: 'What share of the OPD’s service requests is filed and completed through online channels such as e-pelayanan and e-yankel?',
    },
    levels: [
      level(
        [
          'Seluruh permohonan layanan masih diajukan secara tatap muka.',
          'Every service request is still filed in person.',
        ],
        [
          'Rekap register permohonan layanan manual satu tahun terakhir.',
          'The manual register of service requests for the past year.',
        ],
      ),
      level(
        [
          'Kanal daring tersedia, tetapi kurang dari 25% permohonan diajukan secara daring.',
          'An online channel exists, but fewer than 25% of requests are filed online.',
        ],
        [
          'Tangkapan layar aplikasi layanan dan rekap jumlah permohonan daring dan luring.',
          'Screenshots of the service application and counts of online and in-person requests.',
        ],
      ),
      level(
        [
          'Antara 25% dan 50% permohonan diajukan dan diselesaikan secara daring.',
          'Between 25% and 50% of requests are filed and completed online.',
        ],
        [
          'Laporan penggunaan aplikasi dari basis data atau dasbor analitik per bulan.',
          'Monthly usage reports from the application database or analytics dashboard.',
        ],
      ),
      level(
        [
          'Lebih dari 50% permohonan diselesaikan secara daring dan terhubung dengan data kependudukan.',
          'More than 50% of requests are completed online, linked to the population register.',
        ],
        [
          'Laporan penggunaan bulanan dan dokumen integrasi dengan layanan Disdukcapil (perjanjian kerja sama hak akses).',
          'Monthly usage reports and the integration documents with the civil registry service (the data access agreement).',
        ],
      ),
      level(
        [
          'Lebih dari 75% permohonan diselesaikan secara daring dan kanal dikembangkan dari umpan balik pengguna.',
          'More than 75% of requests are completed online and the channel is improved from user feedback.',
        ],
        [
          'Laporan analitik tahunan, hasil survei pengguna, dan catatan rilis perbaikan aplikasi.',
          'Yearly analytics report, user survey results and release notes of the improvements.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 2,
  },
  {
    id: 'gov-br-01',
    dimension: 'governance',
    subDimension: 'bureaucracy',
    aspect: 'baseline',
    title: {
      id: 'Inventaris aplikasi dan data OPD',
      en: 'Inventory of the OPD’s applications and data',
    },
    question: {
      id: 'Apakah OPD memiliki inventaris aplikasi dan data yang mutakhir dan terdaftar pada Diskominfo?',
      en: 'Does the OPD keep an up-to-date inventory of its applications and data, registered with Diskominfo?',
    },
    levels: [
      level(
        [
          'Belum ada daftar aplikasi maupun data yang dikelola OPD.',
          'No list of the applications or data the OPD manages exists.',
        ],
        ['Surat pernyataan belum tersedianya inventaris.', 'A statement that no inventory exists yet.'],
      ),
      level(
        [
          'Daftar aplikasi tersedia, tetapi tidak lengkap dan tidak memuat pengelola maupun status.',
          'A list of applications exists, but it is incomplete and names no owner or status.',
        ],
        ['Daftar aplikasi dalam bentuk lembar kerja.', 'The list of applications as a spreadsheet.'],
      ),
      level(
        [
          'Inventaris memuat seluruh aplikasi (mis. Sikoja, sikesal, e-pelayanan) dengan pengelola, status, dan data yang diolah.',
          'The inventory lists every application (e.g. Sikoja, sikesal, e-pelayanan) with its owner, status and the data it processes.',
        ],
        [
          'Formulir inventaris aplikasi yang ditandatangani kepala OPD dan bukti penyampaian ke Diskominfo.',
          'The application inventory form signed by the head of the OPD and proof of its submission to Diskominfo.',
        ],
      ),
      level(
        [
          'Inventaris dimutakhirkan paling sedikit setiap semester dan tercatat dalam katalog aplikasi kota.',
          'The inventory is updated at least every six months and recorded in the city’s application catalogue.',
        ],
        [
          'Tangkapan layar katalog aplikasi kota beserta riwayat pemutakhirannya.',
          'Screenshots of the city’s application catalogue with its update history.',
        ],
      ),
      level(
        [
          'Inventaris dipakai untuk keputusan konsolidasi atau penghentian aplikasi yang tumpang tindih.',
          'The inventory drives decisions to merge or retire overlapping applications.',
        ],
        [
          'Notulen rapat konsolidasi dan berita acara penghentian atau penggabungan aplikasi.',
          'Minutes of the consolidation meeting and the record of applications retired or merged.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
  {
    id: 'gov-br-02',
    dimension: 'governance',
    subDimension: 'bureaucracy',
    aspect: 'output',
    title: {
      id: 'Inovasi digital OPD setiap tahun',
      en: 'A digital innovation by the OPD every year',
    },
    question: {
      id: 'Apakah OPD menghasilkan paling sedikit satu inovasi berbasis teknologi pada tahun berjalan, dan sampai tahap mana inovasi tersebut?',
      en: 'Did the OPD deliver at least one technology-based innovation this year, and how far has it come?',
    },
    levels: [
      level(
        ['Belum ada inovasi pada tahun berjalan.', 'No innovation this year.'],
        ['Surat pernyataan kepala OPD.', 'A statement by the head of the OPD.'],
      ),
      level(
        [
          'Inovasi masih berupa gagasan atau rencana tertulis.',
          'The innovation is still an idea or a written plan.',
        ],
        ['Proposal inovasi atau kerangka acuan kerja.', 'The innovation proposal or terms of reference.'],
      ),
      level(
        [
          'Inovasi telah diuji coba dengan tim pengelola dan anggaran.',
          'The innovation has been piloted, with a team and a budget.',
        ],
        [
          'SK tim inovasi dan mata anggaran pada DPA OPD.',
          'The innovation team’s decree and the budget line in the OPD’s DPA.',
        ],
      ),
      level(
        [
          'Inovasi diterapkan penuh dan dilaporkan dalam laporan inovasi daerah.',
          'The innovation is fully in use and reported in the regional innovation report.',
        ],
        [
          'Laporan penggunaan dan bukti pelaporan pada basis data inovasi daerah.',
          'Usage reports and proof of its entry in the regional innovation database.',
        ],
      ),
      level(
        [
          'Inovasi dievaluasi dampaknya dan direplikasi OPD lain atau daerah lain.',
          'The innovation’s impact is evaluated and it has been replicated by another OPD or region.',
        ],
        [
          'Laporan evaluasi dampak dan MoU atau surat permintaan replikasi.',
          'The impact evaluation report and an MoU or letter requesting replication.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
  {
    id: 'gov-pp-01',
    dimension: 'governance',
    subDimension: 'public-policy',
    aspect: 'baseline',
    title: {
      id: 'Regulasi dan kelembagaan Smart City',
      en: 'Smart City regulation and institutions',
    },
    question: {
      id: 'Sejauh mana masterplan Smart City didukung regulasi daerah, kelembagaan, dan anggaran?',
      en: 'How far is the Smart City master plan backed by local regulation, institutions and budget?',
    },
    levels: [
      level(
        ['Masterplan Smart City belum ditetapkan.', 'The Smart City master plan has not been adopted.'],
        [
          'Draf masterplan atau notulen rapat penyusunannya.',
          'The draft master plan or minutes of the meetings that prepare it.',
        ],
      ),
      level(
        [
          'Masterplan ditetapkan, tetapi belum ada dewan dan tim pelaksana Smart City.',
          'The master plan is adopted, but there is no Smart City council or implementing team.',
        ],
        ['Dokumen masterplan yang ditetapkan.', 'The adopted master plan.'],
      ),
      level(
        [
          'Perda Kota Jambi No. 1/2019 menjadi dasar penyelenggaraan dan dewan serta tim pelaksana telah ditetapkan.',
          'Perda Kota Jambi No. 1/2019 governs the programme and the council and implementing team are appointed.',
        ],
        [
          'Salinan Perda Kota Jambi No. 1/2019 dan SK Wali Kota tentang Dewan Smart City dan tim pelaksana.',
          'Copies of Perda Kota Jambi No. 1/2019 and the mayor’s decree (SK Wali Kota) on the Smart City council and team.',
        ],
      ),
      level(
        [
          'Program masterplan tercantum dalam RPJMD dan Renja OPD serta dianggarkan setiap tahun.',
          'The master plan’s programmes appear in the RPJMD and the OPDs’ work plans and are budgeted every year.',
        ],
        [
          'Matriks keterkaitan masterplan dengan RPJMD dan Renja, serta mata anggaran pada DPA.',
          'A matrix linking the master plan to the RPJMD and work plans, and the budget lines in the DPA.',
        ],
      ),
      level(
        [
          'Masterplan dievaluasi dan diperbarui berdasarkan hasil evaluasi tahunan Smart City.',
          'The master plan is evaluated and revised from the yearly Smart City evaluation.',
        ],
        [
          'Laporan evaluasi masterplan dan dokumen revisi yang ditetapkan dengan Peraturan Wali Kota.',
          'The master plan evaluation report and the revision adopted by mayoral regulation.',
        ],
      ),
    ],
    responsible: { opds: ['bappeda', 'diskominfo'] },
    weight: 2,
  },
  {
    id: 'gov-pp-02',
    dimension: 'governance',
    subDimension: 'public-policy',
    aspect: 'quick-win',
    title: {
      id: 'Manajemen risiko program quick win',
      en: 'Risk management of the quick-win programmes',
    },
    question: {
      id: 'Apakah program quick win OPD (misalnya SIPATEN dan SIPADEK) memiliki register risiko yang dikelola dan ditindaklanjuti?',
      en: 'Do the OPD’s quick-win programmes (for example SIPATEN and SIPADEK) have a risk register that is kept and acted on?',
    },
    levels: [
      level(
        [
          'Risiko program quick win belum diidentifikasi.',
          'The quick-win programme’s risks have not been identified.',
        ],
        ['Dokumen rencana program quick win.', 'The quick-win programme plan.'],
      ),
      level(
        [
          'Risiko diidentifikasi, tetapi tanpa penyebab, kemungkinan, dan dampak.',
          'Risks are listed, without causes, likelihood or impact.',
        ],
        ['Daftar risiko hasil rapat identifikasi.', 'The list of risks from the identification meeting.'],
      ),
      level(
        [
          'Register risiko memuat penyebab, kemungkinan (1-3), dampak, mitigasi, penanggung jawab, dan tenggat.',
          'The risk register states cause, likelihood (1-3), impact, mitigation, owner and due date.',
        ],
        [
          'Register risiko yang ditandatangani kepala OPD.',
          'The risk register signed by the head of the OPD.',
        ],
      ),
      level(
        [
          'Mitigasi struktural dan nonstruktural dilaksanakan dan dipantau setiap triwulan.',
          'Structural and non-structural mitigations are carried out and monitored every quarter.',
        ],
        [
          'Laporan pemantauan risiko triwulanan dengan bukti pelaksanaan mitigasi.',
          'Quarterly risk monitoring reports with proof of the mitigations carried out.',
        ],
      ),
      level(
        [
          'Hasil pengelolaan risiko dipakai untuk memperbaiki program quick win berikutnya.',
          'What the risk management taught is used to improve the next quick-win programmes.',
        ],
        [
          'Laporan evaluasi akhir program dan rencana perbaikan yang disetujui.',
          'The programme’s final evaluation and the approved improvement plan.',
        ],
      ),
    ],
    responsible: { all: true },
    weight: 1,
  },
];

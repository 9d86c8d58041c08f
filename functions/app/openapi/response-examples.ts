import type * as z from 'zod/mini';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { spbeBands } from '#forms/instrument/model.ts';
import type { ResponseOperation, responseBodies } from '#functions/app/api/response-schemas.ts';

/*
 * One example answer per operation, for the OpenAPI document: Kota Jambi's Diskominfo reporting
 * Sikoja. Typed by the answer schemas, and checked against them by a test and by the linter.
 */

const at = '2026-03-02T01:00:00.000Z';

const impactProgram = {
  code: 'k7m2q9x4ra',
  city: 'jambi',
  year: 2026,
  slot: 'governance',
  dimension: 'governance',
  subDimension: 'governance.public-services',
  opd: 'diskominfo',
  opdName: 'Dinas Komunikasi dan Informatika',
  submissionId: '5f0c3b7e-8a41-4c51-9d0e-2b6f7a1c9e10',
  name: 'Sikoja',
  required: 5,
  districts: [{ id: 'kecamatan-telanaipura', name: 'Kecamatan Telanaipura' }],
  closes: '2026-12-18',
  closesAt: '2026-12-18T16:59:59.999Z',
  timeZone: 'Asia/Jakarta',
};
const impactProgramCounted = {
  ...impactProgram,
  responses: 5,
  assisted: 1,
  sums: { benefit: 22, service: 20, participation: 18, sustainability: 23 },
  citizens: 12,
};
const impactPlan = {
  city: 'jambi',
  year: 2026,
  settings: { programsPer: 'dimension' as const, respondents: 5, respondentsPer: 'program' as const },
  programs: [impactProgram],
  chosenBy: 'user-evaluator-lead',
  chosenAt: '2026-11-30T02:00:00.000Z',
  publicSummary: false,
  revision: 1,
};
const later = '2026-03-02T01:05:00.000Z';
const scope = { city: 'jambi', opd: 'diskominfo' };
const formId = 'innovation-report';
const draftId = '5f0c3b7e-8a41-4c51-9d0e-2b6f7a1c9e10';
const answers = { name: 'Sikoja', type: 'application', status: 'live', launchDate: '2024-05-02' };

const draft = {
  ...scope,
  draftId,
  formId,
  formVersion: 1,
  answers,
  status: 'draft' as const,
  revision: 2,
  createdAt: at,
  createdBy: 'user-operator-diskominfo',
  updatedAt: later,
  updatedBy: 'user-operator-diskominfo',
};

const submission = {
  ...scope,
  submissionId: draftId,
  formId,
  formVersion: 1,
  answers,
  computed: { evidenceCount: 1 },
  score: { score: 3.5, max: 5 },
  evidence: [],
  status: 'submitted' as const,
  revision: 1,
  submittedAt: later,
  submittedBy: 'user-operator-diskominfo',
  draftId,
};

const obligation = {
  obligationId: 'jambi.2026.diskominfo.innovation-report',
  ...scope,
  year: 2026,
  kind: 'innovation-report' as const,
  formId,
  due: '2026-10-30',
  deadlineVersion: 1,
  deadlineAt: '2026-10-30T16:59:59.999Z',
  closes: '2026-11-13',
  status: 'open' as const,
  late: false,
  revision: 1,
  openedAt: at,
  updatedAt: at,
};

const review = {
  ...scope,
  year: 2026,
  reviewId: '2026.diskominfo',
  submissionId: '0b6f2d8e-41c7-4f0a-9a3e-7d5c1e2b8f46',
  verifier: 'evaluator-uin',
  status: 'in_review' as const,
  round: 1,
  due: '2026-11-24',
  indicators: {
    'gov-ps-01': {
      claimed: 4 as const,
      verified: 3 as const,
      note: 'SOP layanan daring belum ditetapkan dengan SK.',
    },
    'gov-ps-02': { claimed: 3 as const },
  },
  openedAt: at,
  openedBy: 'system:submission-review',
  decidedAt: later,
  decidedBy: 'evaluator-uin',
  lastChange: {
    command: 'recordVerification' as const,
    onRevision: 1,
    digest: 'a3f1c9e07b2d4c58e6f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2',
  },
  revision: 2,
};

const queueEntry = {
  ...scope,
  year: 2026,
  reviewId: review.reviewId,
  submissionId: review.submissionId,
  round: 1,
  due: review.due,
};

/** A version of the city's instrument, cut to one indicator for the example. */
const instrumentSummary = {
  id: 'smart-city',
  version: 1,
  year: 2026,
  title: {
    id: 'Instrumen Evaluasi Smart City Kota Jambi Tahun 2026',
    en: 'Kota Jambi Smart City evaluation instrument, 2026',
  },
  indicatorCount: 36,
};
type Level = ReturnType<typeof levelOf>;
const levelOf = (n: number, id: string, en: string, evidenceId: string, evidenceEn: string) => ({
  description: { id: `Tingkat ${n}: ${id}`, en: `Level ${n}: ${en}` },
  evidence: { id: evidenceId, en: evidenceEn },
});
const instrument = {
  id: instrumentSummary.id,
  version: 1,
  year: 2026,
  title: instrumentSummary.title,
  aspectWeights: { baseline: 10, output: 20, outcome: 30, impact: 30, 'quick-win': 10 },
  bands: [...spbeBands],
  indicators: [
    {
      id: 'gov-ps-01',
      dimension: 'governance',
      subDimension: 'public-services',
      aspect: 'output' as const,
      title: { id: 'Standar pelayanan publik', en: 'Public service standards' },
      question: {
        id: 'Sejauh mana standar pelayanan OPD ditetapkan dan dipublikasikan?',
        en: "How far are the OPD's service standards set and published?",
      },
      levels: [
        levelOf(1, 'belum ada standar', 'no standard yet', 'Tidak ada', 'None'),
        levelOf(2, 'standar disusun', 'standards drafted', 'Draf standar pelayanan', 'The draft standards'),
        levelOf(3, 'standar ditetapkan', 'standards set', 'SK Kepala OPD', "The head of OPD's decree"),
        levelOf(
          4,
          'standar dipublikasikan',
          'standards published',
          'Tautan publikasi',
          'Link to where they are published',
        ),
        levelOf(
          5,
          'standar dievaluasi',
          'standards reviewed',
          'Laporan survei kepuasan',
          'Satisfaction survey report',
        ),
      ] as [Level, Level, Level, Level, Level],
      responsible: { all: true as const },
      weight: 1,
    },
  ],
};

/** The review once accepted: one level verified below its claim. */
const acceptedReview = {
  ...review,
  status: 'accepted' as const,
  indicators: {
    'gov-ps-01': { claimed: 4 as const, verified: 3 as const },
    'gov-ps-02': { claimed: 3 as const, verified: 3 as const },
  },
  lastChange: { ...review.lastChange, command: 'accept' as const, onRevision: 2 },
  revision: 3,
};

/** An OPD's scores of its verified levels, every one at 3. */
const verifiedScores = {
  index: 3,
  band: 'baik',
  dimensions: { governance: 3 },
  subDimensions: { 'governance.public-services': 3 },
  aspects: { output: 3, outcome: 3 },
};

/** A small city's selection: six OPDs in the pool, two drawn (the digests are the real ones). */
const announced = {
  city: 'jambi',
  year: 2026,
  method: 'RFC 3797' as const,
  announcement: {
    pool: [
      ['bappeda', 'Badan Perencanaan Pembangunan Daerah'],
      ['bpbd', 'Badan Penanggulangan Bencana Daerah'],
      ['diskominfo', 'Dinas Komunikasi dan Informatika'],
      ['dpmptsp', 'Dinas Penanaman Modal dan PTSP'],
      ['rsud', 'RSUD Abdul Manap'],
      ['satpol-pp', 'Satuan Polisi Pamong Praja'],
    ].map(([opd = '', name = ''], i) => ({ position: i + 1, opd, name })),
    count: 2,
    teamSize: 2,
    evaluators: [
      { id: 'evaluator', name: 'Ridwan Hakim', conflicts: [] },
      { id: 'evaluator-bappeda', name: 'Evaluator Bappeda', staffOf: 'bappeda', conflicts: [] },
      { id: 'evaluator-unja', name: 'Evaluator UNJA', conflicts: ['dinas-kesehatan'] },
    ],
    alwaysVisited: [
      {
        opd: 'dinas-kesehatan',
        name: 'Dinas Kesehatan',
        reason: 'Penilaian mandiri tidak dikirim sampai tenggat.',
      },
    ],
    sources: [
      { description: 'Penutupan IHSG 25 November 2026, dalam seperseratus poin', expected: '2026-11-25' },
      { description: 'Enam angka undian lotere nasional 25 November 2026', expected: '2026-11-25' },
    ],
    drawDate: '2026-11-26',
    announcedAt: at,
    announcedBy: 'evaluator',
  },
  draws: [],
  revision: 1,
};
const drawn = {
  ...announced,
  draws: [
    {
      number: 1,
      values: [['723456'], ['9', '18', '26', '34', '41', '45']],
      keyString: '723456./9.18.26.34.41.45./',
      digests: ['049388EDA0371FF92894295912BD6004', 'BB650BE37EDEF034EF8F67993A03D0BD'],
      selected: [
        { position: 1, opd: 'bappeda' },
        { position: 4, opd: 'dpmptsp' },
      ],
      teams: [
        { opd: 'bappeda', evaluators: ['evaluator-unja', 'evaluator'] },
        { opd: 'dpmptsp', evaluators: ['evaluator-bappeda', 'evaluator-unja'] },
      ],
      drawnAt: later,
      drawnBy: 'evaluator',
    },
  ],
  revision: 2,
};

const proposedVisit = {
  city: 'jambi',
  year: 2026,
  opd: 'dpmptsp',
  visitId: '2026.dpmptsp',
  reason: { kind: 'drawn' as const, position: 4 },
  drawNumber: 1,
  team: ['evaluator-bappeda', 'evaluator-unja'],
  status: 'proposed' as const,
  slot: {
    date: '2026-12-02',
    start: '09:00',
    end: '12:00',
    place: 'Ruang rapat DPMPTSP',
    side: 'team' as const,
    by: 'evaluator-bappeda',
    at: later,
  },
  sequence: 1,
  revision: 2,
  openedAt: later,
  updatedAt: later,
};
const confirmedVisit = {
  ...proposedVisit,
  status: 'confirmed' as const,
  confirmed: { by: 'kepala-dpmptsp', at: later },
  sequence: 2,
  revision: 3,
};
const visitClaims = {
  revision: 4,
  status: 'accepted',
  indicators: {
    'gov-ps-01': {
      claimed: 4,
      verified: 4,
      finding: {
        observed: 'Aplikasi layanan berjalan, tetapi belum terintegrasi dengan sistem provinsi.',
        level: 3 as const,
        reason: 'Integrasi yang diklaim belum ada.',
        photos: [
          {
            name: 'layanan.jpg',
            contentType: 'image/jpeg',
            size: 182311,
            sha256: 'a3f5c1d2e4b6978812ab34cd56ef7890a3f5c1d2e4b6978812ab34cd56ef7890',
          },
        ],
        by: 'evaluator-bappeda',
        at: later,
      },
    },
  },
};

const { title } = innovationReportForm;
const firstSection = innovationReportForm.sections[0] as (typeof innovationReportForm.sections)[number];

/** An example answer of every operation, by operation id. */
export const responseExamples: { [K in ResponseOperation]: z.input<(typeof responseBodies)[K]> } = {
  health: { status: 'ok', service: 'siklus', time: at, checks: { table: 'ok' } },
  openApi: { openapi: '3.1.0', info: { title: 'Siklus API', version: '1' }, paths: {} },
  listMyForms: {
    ...scope,
    forms: [
      {
        formId,
        version: 1,
        title,
        due: {
          obligationId: obligation.obligationId,
          due: obligation.due,
          deadlineAt: obligation.deadlineAt,
          status: 'draft',
          late: false,
        },
        drafts: [{ draftId, formVersion: 1, revision: 2, updatedAt: later }],
        submissions: [],
      },
    ],
  },
  getForm: {
    // The real definition, cut to its first field: an example that cannot drift from the form.
    form: {
      ...innovationReportForm,
      sections: [{ ...firstSection, fields: firstSection.fields.slice(0, 1) }],
    },
    links: { schema: `/api/forms/${formId}/schema?version=1` },
  },
  getFormSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:siklus:form:${formId}:1`,
    title: title.en,
    description: 'Every OPD reports at least one innovation a year, with its evidence.',
    type: 'object',
    properties: { name: { title: 'Innovation name', type: 'string', maxLength: 150, pattern: '\\S' } },
    required: ['name'],
    additionalProperties: false,
  },
  createDraft: { draft: { ...draft, revision: 1, updatedAt: at }, replayed: false },
  getDraft: { draft },
  saveDraft: { draft },
  submit: { submission, replayed: false },
  getSubmission: { submission },
  createUpload: {
    upload: {
      fileId: '0b8e2f64-3c1d-4e5a-9b7c-6d2e1f0a3b4c',
      url: 'https://siklus-evidence.s3.ap-southeast-3.amazonaws.com/',
      fields: {
        key: 'evidence/jambi/diskominfo/0b8e2f64-3c1d-4e5a-9b7c-6d2e1f0a3b4c',
        'Content-Type': 'application/pdf',
        'x-amz-checksum-algorithm': 'SHA256',
        'x-amz-checksum-sha256': 'nytcPh1KZ8fY2Y8O8aGKv5VFL2dxkaPE1tbn+AkaKzw=',
      },
      expiresAt: '2026-03-02T01:15:00.000Z',
      maxBytes: 48213,
    },
  },
  listObligations: { year: 2026, obligations: [obligation], cursor: 'eyJwayI6Ik9CTCNqYW1iaS4yMDI2In0' },
  moveObligation: {
    obligation: { ...obligation, due: '2026-11-06', deadlineVersion: 2, revision: 2, updatedAt: later },
    scheduled: 6,
    skipped: 0,
  },
  waiveObligation: {
    obligation: {
      ...obligation,
      status: 'waived',
      waivedReason: 'OPD baru dibentuk bulan ini.',
      revision: 2,
    },
  },
  listReviewQueue: { entries: [queueEntry] },
  listCycleReviews: { reviews: [review] },
  getReview: { review },
  recordVerification: { review, replayed: false },
  requestRevision: {
    review: {
      ...review,
      status: 'revision_requested',
      revisionDue: '2026-12-01',
      indicators: {
        ...review.indicators,
        'gov-ps-02': { claimed: 3, revisionComment: 'Lampirkan laporan penggunaan aplikasi tahun 2026.' },
      },
      lastChange: { ...review.lastChange, command: 'requestRevision', onRevision: 2 },
      revision: 3,
    },
    replayed: false,
  },
  getReviewScores: {
    review: acceptedReview,
    instrument: { id: 'smart-city', version: 1 },
    scores: {
      self: {
        index: 3.4,
        band: 'baik',
        dimensions: { governance: 3.5 },
        subDimensions: { 'governance.public-services': 3.5 },
        aspects: { output: 4, outcome: 3 },
      },
      verified: verifiedScores,
      // Accepted: the final scores are the verified ones.
      final: verifiedScores,
    },
    overClaims: [{ opd: 'diskominfo', indicator: 'gov-ps-01', self: 4, verified: 3, difference: 1 }],
  },
  acceptReview: {
    review: acceptedReview,
    replayed: false,
  },
  listInstruments: { instruments: [instrumentSummary] },
  getInstrument: { instrument },
  exportInstrument: {
    fileName: 'smart-city-v1.csv',
    format: 'csv',
    contentType: 'text/csv; charset=utf-8',
    bytes: 24,
    content: Buffer.from('\ufeffsection,key,value\r\n').toString('base64'),
  },
  importInstrument: { instrument: { ...instrumentSummary, version: 2, year: 2027 }, put: 'stored' },
  getSelection: { selection: drawn },
  announceSelection: { selection: announced },
  drawSelection: { selection: drawn, replayed: false, visits: { opened: 2, redrawn: 0, cancelled: 0 } },
  listVisits: { visits: [confirmedVisit] },
  getVisit: { visit: confirmedVisit, claims: visitClaims },
  proposeVisit: { visit: proposedVisit, replayed: false },
  confirmVisit: { visit: confirmedVisit, replayed: false },
  recordFinding: { claims: visitClaims, replayed: false },
  verifySelection: {
    ok: true,
    problems: [],
    recomputed: [{ number: 1, keyString: '723456./9.18.26.34.41.45./', positions: [1, 4] }],
  },
  getImpactSurvey: {
    plan: impactPlan,
    programs: [
      {
        program: impactProgramCounted,
        items: { benefit: 4.4, service: 4, participation: 3.6, sustainability: 4.6 },
        citizens: {
          total: { responses: 12, aware: 10, used: 7, rated: 7, satisfaction: 4.14 },
          byDistrict: {
            'kecamatan-telanaipura': { responses: 8, aware: 7, used: 5, rated: 5, satisfaction: 4.2 },
            '-': { responses: 4, aware: 3, used: 2, rated: 2, satisfaction: 4 },
          },
        },
      },
    ],
    scores: {
      programs: { k7m2q9x4ra: 4.15 },
      subDimensions: { 'governance.public-services': 4.15 },
      dimensions: { governance: 4.15 },
      city: 4.15,
    },
  },
  chooseImpactPrograms: { plan: impactPlan, replayed: false },
};

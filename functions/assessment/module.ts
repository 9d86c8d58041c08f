import { defineModule } from '#functions/platform/module/descriptor.ts';

const page = { function: 'web', access: 'session', signedIn: true, roles: ['evaluator'] } as const;
/** Admins read the reviews and their over-claims; only evaluators decide. */
const readers = ['evaluator', 'admin'] as const;
/** The review screen opens the evidence files (a presigned GET on AWS). */
const reads = ['table', 'evidence'] as const;
const api = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;
const decides = ['table', 'people', 'schedules'] as const;
const instrumentApi = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;
/** Reading or writing a spreadsheet loads a large library: its routes have a function of their own. */
const spreadsheets = 'instrument-files';
/** Evaluators verify against the instruments and admins publish them: both read them. */
const instrumentReaders = ['admin', 'evaluator'] as const;

/**
 * The self-assessment on the year's Smart City instrument and the evaluators' review of it: the
 * `self-assessment` obligation kind, the `submission-review` workflow that opens each review and
 * tells its verifier, the evaluators' pages and routes, and the city's instruments, which admins
 * publish from a spreadsheet.
 */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: [
    {
      ...api,
      method: 'GET',
      path: '/api/reviews',
      operation: 'listReviewQueue',
      summary: 'The self-assessment reviews waiting for me, earliest due first (the lead: any ?verifier=)',
    },
    {
      ...api,
      method: 'GET',
      path: '/api/cycles/{year}/reviews',
      operation: 'listCycleReviews',
      summary: "Every self-assessment review of my city's cycle, whatever its status (the lead evaluator)",
    },
    {
      ...api,
      method: 'GET',
      path: '/api/reviews/{year}/{opd}',
      operation: 'getReview',
      summary:
        "One OPD's self-assessment review: claimed and verified levels per indicator (its verifier, the lead)",
    },
    {
      ...api,
      method: 'GET',
      path: '/api/reviews/{year}/{opd}/scores',
      operation: 'getReviewScores',
      summary:
        "One OPD's scores kept apart (self, verified, final) per sub-dimension, dimension, aspect and index, with its band and over-claims (its verifier, the lead, admins)",
    },
    {
      ...api,
      method: 'POST',
      path: '/api/reviews/{year}/{opd}/verification',
      operation: 'recordVerification',
      summary:
        'Record verified levels and notes (its verifier, the lead; optimistic locking on revision; audited)',
    },
    {
      ...api,
      method: 'POST',
      path: '/api/reviews/{year}/{opd}/revision-request',
      operation: 'requestRevision',
      summary:
        "Ask the OPD to revise by a date, with comments per indicator (the OPD's obligation is owed again; audited)",
      needs: decides,
    },
    {
      ...api,
      method: 'POST',
      path: '/api/reviews/{year}/{opd}/acceptance',
      operation: 'acceptReview',
      summary: 'Accept: the verified levels become final (every indicator verified; audited)',
      needs: decides,
    },
    {
      ...instrumentApi,
      method: 'GET',
      path: '/api/instruments',
      operation: 'listInstruments',
      summary: "Every stored version of my city's instruments (admins, evaluators)",
    },
    {
      ...instrumentApi,
      method: 'GET',
      path: '/api/instruments/{instrumentId}/{version}',
      operation: 'getInstrument',
      summary: 'One stored version of an instrument, whole (admins, evaluators)',
    },
    {
      ...instrumentApi,
      function: spreadsheets,
      method: 'GET',
      path: '/api/instruments/{instrumentId}/{version}/file',
      operation: 'exportInstrument',
      summary: 'One stored version as an XLSX or CSV file, base64, in the layout import reads (?format=)',
    },
    {
      ...instrumentApi,
      function: spreadsheets,
      method: 'POST',
      path: '/api/instruments',
      operation: 'importInstrument',
      summary:
        'Publish a version from an XLSX or CSV file, base64 (admins; every bad cell reported, nothing stored unless the whole file is valid; audited)',
    },
    /** The reviews waiting for me; the lead evaluator's overview of the cycle. */
    { ...page, roles: readers, method: 'GET', path: '/evaluasi', operation: 'reviewQueue', needs: reads },
    /** One OPD's self-assessment, to verify. */
    {
      ...page,
      method: 'GET',
      path: '/evaluasi/{year}/{opd}',
      operation: 'review',
      roles: readers,
      links: ['review'],
      needs: reads,
    },
    /** Save the verification, request a revision, or accept. */
    {
      ...page,
      method: 'POST',
      path: '/evaluasi/{year}/{opd}',
      operation: 'decideReview',
      links: ['review'],
      csrf: 'session-form',
      needs: ['table', 'evidence', 'schedules'],
    },
    /** The city's instruments: the stored versions, each to download; admins upload a new one. */
    {
      ...page,
      method: 'GET',
      path: '/admin/instrumen',
      operation: 'instruments',
      roles: instrumentReaders,
      needs: ['table'],
    },
    /** Publish a version from a spreadsheet. */
    {
      ...page,
      function: spreadsheets,
      method: 'POST',
      path: '/admin/instrumen',
      operation: 'importInstrumentPage',
      roles: ['admin'],
      csrf: 'session-form',
      files: true,
      needs: ['table'],
    },
    /** One stored version as a file (?format=xlsx|csv). */
    {
      ...page,
      function: spreadsheets,
      method: 'GET',
      path: '/admin/instrumen/{instrumentId}/{version}/unduh',
      operation: 'downloadInstrument',
      roles: instrumentReaders,
      download: true,
      needs: ['table'],
    },
  ],
  tasks: [
    {
      function: 'start-review',
      handler: { file: 'tasks.ts', create: 'createStartReviewHandler' },
      deps: 'cycle',
      description: 'submission-review: opens a review round and tells its verifier',
      needs: ['table', 'mail', 'links', 'schedules'],
      timeoutSeconds: 60,
    },
    {
      function: 'remind-review',
      handler: { file: 'tasks.ts', create: 'createRemindReviewHandler' },
      deps: 'cycle',
      description: "review-reminder: reminds a round's verifier, or tells the lead it is overdue",
      needs: ['table', 'mail', 'links'],
      timeoutSeconds: 60,
    },
  ],
  workflows: ['submission-review', 'review-reminder'],
  navigation: [
    {
      href: '/evaluasi',
      label: { id: 'Verifikasi penilaian mandiri', en: 'Self-assessment verification' },
      roles: readers,
    },
    {
      href: '/admin/instrumen',
      label: { id: 'Instrumen evaluasi', en: 'Evaluation instruments' },
      roles: instrumentReaders,
    },
  ],
});

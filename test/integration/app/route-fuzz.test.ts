import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formFields } from '#forms/engine/rules.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { type Route, routes } from '#functions/app/routes.ts';
import { writeInstrumentFile } from '#functions/assessment/instrument-files/file-format.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { identityFromClaims } from '#functions/platform/identity/identity.ts';
import { keys } from '#functions/platform/identity/keys.ts';
import type { Session } from '#functions/platform/identity/session-store.ts';
import { sessionTtlSeconds } from '#functions/platform/web/sessions.ts';
import { chooseQuickWins } from '#functions/risks/choose-quick-wins.ts';
import { riskPhase } from '#functions/risks/risk-kind.ts';
import { submit } from '#functions/submissions/submit.ts';
import { choosePrograms } from '#functions/surveys/choose-programs.ts';
import { impactPhase } from '#functions/surveys/impact-kind.ts';
import { selectionAudit } from '#functions/visits/audit-events.ts';
import { type DemoPerson, demoOpds, demoPeople } from '#infra/local/demo-city.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { evidencePdf, makeInnovationAnswers, uploadRequestFor } from '#test/support/api-answers.ts';
import { type RunningApi, startApi, tickingClock } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';
import { demoVersion } from '#test/support/instruments.ts';
import { selfAssessmentAnswers } from '#test/support/self-assessment-answers.ts';
import { tinyPng } from '#test/support/tiny-png.ts';
import { WebVisitor } from '#test/support/web-visitor.ts';
import {
  answerFields,
  changedKeys,
  dumpTable,
  fileStoreRoot,
  listFiles,
  multipartBody,
  type Part,
  runHeader,
  storedKeys,
  watchWrites,
} from '#test/support/write-watch.ts';

/*
 * Every write route of routes.ts, fuzzed over HTTP against one embedded server: who calls, the
 * path's parameters, the content type and the body. No answer is a 5xx, and a refused request
 * writes nothing: each write the engine makes (table and file store) is filed under the request
 * that caused it, so the routes run side by side and each run is checked on its own; the table
 * and the file store as a whole are compared with their state before the fuzz at the end.
 */

const city = 'jambi';
const year = 2026;
const formId = 'innovation-report';
/**
 * Runs per write route: each route is still both accepted and refused many times over, and the
 * 34 routes' runs stay a few minutes of the suite's time on two cores.
 */
const runsPerRoute = 600;
/** Every POST, PUT and DELETE: pages and API alike (the embedded server serves the embedded-only demo sign-in too). */
const writeRoutes = routes.filter((route) => route.method !== 'GET');

// ---------------------------------------------------------------------------------------------
// What a run sends: a plan of values fast-check generates, some of them (CSRF tokens, draft
// revisions) resolved against the engine's state only when it is sent.

/** A value known only when the request is sent. */
class Ref {
  constructor(
    readonly label: string,
    readonly resolve: (context: SendContext) => Promise<string | number | undefined>,
  ) {}
  toString() {
    return `<${this.label}>`;
  }
}
type Value = string | Ref;
type CsrfChoice = 'session' | 'cookie' | 'other' | 'wrong' | 'none';
type Payload = { fields: [string, Value][]; files: Part[] } | { json: unknown };
type Encoding = 'form' | 'json' | 'multipart' | 'multipart-no-boundary' | 'none' | 'text';

interface Caller {
  /** A person of the pool (signed in), another city's operator, or a session nobody has. */
  session?: string;
  bearer?: string;
  /** The double-submit cookie of the pages shown before a session exists. */
  csrfCookie: boolean;
  csrfHeader?: CsrfChoice;
}

interface Plan {
  caller: Caller;
  /** Path parameters, percent-encoded (or to be, once resolved). */
  params: Record<string, Value>;
  encoding: Encoding;
  /** Where a multipart body is cut short, as a fraction of its length. */
  cut: number | undefined;
  body: { payload: Payload; headers: Record<string, Value> } | { raw: string };
}

interface SendContext {
  plan: Plan;
  /** The path parameters as sent, percent-encoded. */
  params: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// The people who call, and the ids that exist.

interface PooledSession {
  id: string;
  csrf: string;
  identity: Session['identity'];
}

let api: RunningApi;
let watch: ReturnType<typeof watchWrites>;
let filesRoot: string;
let tableBefore: Map<string, string>;
let filesBefore: string[];
const pool = new Map<string, PooledSession>();
const tokens = new Map<string, string>();
const linkTokens = { valid: [] as string[], expired: [] as string[], invalid: [] as string[] };
const csrfCookieValue = 'pre-session-csrf-0123456789';
const foreignCity = 'foreign-city';
/** What accepted runs (and the harness) wrote: the table and the file store may differ only there. */
const explained = new Set<string>();
const keptFiles = new Set<string>();

/** The claims of a demo person's token, as Cognito would issue them. */
const claimsOf = (person: DemoPerson) => ({
  sub: person.id,
  email: person.email,
  name: person.name,
  'custom:city': city,
  ...(person.opd ? { 'custom:opd': person.opd } : {}),
  'cognito:groups': [person.role],
});

const hostile = [
  'a'.repeat(3000),
  '%ZZ',
  '%E0%A4%A',
  '%00',
  encodeURIComponent('Dinas 東京 ✓ \u202e😀'),
  '..%2F..%2Fkeys%2Ftoken-signing.json',
];

/** The table key of a pooled session (the table keeps the SHA-256 of the id, base64url). */
const sessionKey = (id: string) => {
  const { pk, sk } = keys.session(createHash('sha256').update(id).digest('base64url'));
  return `${pk}|${sk}`;
};

/** The demo people, each signed in once through the start page and the demo sign-in. */
async function signInPool() {
  for (const person of demoPeople) {
    const visitor = new WebVisitor(api.baseUrl);
    expect((await visitor.demoSignIn(person.id)).status).toBe(303);
    // The session's token is on every page it renders; evaluators and admins have no to-do list.
    let csrf = '';
    for (const path of ['/tugas', '/', '/admin/kewajiban'])
      csrf ||= WebVisitor.csrfOf(await visitor.get(path));
    const id = visitor.session ?? '';
    const session = await api.ports.sessions.get(id);
    expect(csrf, person.id).toBe(session?.csrf);
    pool.set(person.id, { id, csrf, identity: session!.identity });
  }
  // No page signs in a person of another city on the embedded runtime: that session is made in the store.
  const identity = identityFromClaims(people.foreignCityOperator.claims);
  const { id, session } = await api.ports.sessions.create({ identity, via: 'demo' }, sessionTtlSeconds);
  pool.set(foreignCity, { id, csrf: session.csrf, identity });
}

/**
 * Signing out, and signing in (which ends the browser's earlier session, and a person's oldest
 * beyond five), end pooled sessions. Each one that an accepted run ended is made again, in the
 * store: the sign-in page allows 100 sign-ins per 10 minutes, and its own fuzz spends them.
 */
async function heal(written: readonly string[]) {
  for (const pooled of pool.values()) {
    if (!written.includes(sessionKey(pooled.id))) continue;
    const { id, session } = await watch.run('harness', () =>
      api.ports.sessions.create({ identity: pooled.identity, via: 'demo' }, sessionTtlSeconds),
    );
    Object.assign(pooled, { id, csrf: session.csrf });
  }
}

async function createDraft(person: string): Promise<string> {
  const response = await api
    .withToken(tokens.get(person))
    .post(`/api/forms/${formId}/drafts`, { formVersion: 1, answers: {} }, { [runHeader]: 'harness' });
  expect(response.status).toBe(201);
  return response.body.draft.draftId;
}

/** Path parameter values that exist, for one route; the first of each is the one its callers mean. */
type RouteIds = Record<string, [Value, ...string[]]>;

/**
 * Ids for one route: drafts of its own (the first one open: once it is submitted, a new one takes
 * its place), other OPDs' and unknown ones, and obligations no other route moves or waives.
 */
async function idsFor(route: Route): Promise<RouteIds> {
  const slot = writeRoutes.filter((r) => r.path.includes('{obligationId}')).indexOf(route);
  const reviewSlot = writeRoutes.filter((r) => r.path.includes('{opd}')).indexOf(route);
  const opds = [0, 1, 2].map((n) => demoOpds[(slot * 3 + n) % demoOpds.length]?.id ?? 'diskominfo');
  let open = await createDraft('operator-diskominfo');
  const openDraft = new Ref('open draft', async () => {
    const draft = await watch.run('harness', () => api.ports.submissions.getDraft(city, open));
    if (draft?.status !== 'draft') open = await createDraft('operator-diskominfo');
    return open;
  });
  return {
    formId: [formId, 'smart-city-self-assessment'],
    draftId: [
      openDraft,
      await createDraft('operator-diskominfo'),
      await createDraft('operator-dinkes'),
      '0b7c6f1e-2d7a-4f55-9d1e-6a3f1c2b9e10',
    ],
    // Each review route decides on a review of its own (opened before the run, every level verified).
    year: [selectionYears[route.operation] ?? String(year), '2025'],
    // The others have no review: another route's review is that route's alone to decide on.
    opd: [
      route.operation === 'reviewRiskRegister'
        ? riskOpd
        : (visitedOpds[route.operation] ?? reviewedOpds[reviewSlot] ?? 'rsud'),
      'diskominfo',
      'dinas-kesehatan',
    ],
    // The one program of the cycle's impact survey, then codes no program has.
    code: [surveyProgram.code, 'zzzzzzzzzz', 'abc'],
    obligationId: [
      obligationIdOf(city, year, opds[0] ?? 'diskominfo', 'innovation-report'),
      ...opds.map((opd) => obligationIdOf(city, year, opd, 'innovation-report')),
      obligationIdOf('palembang', year, 'diskominfo', 'innovation-report'),
      obligationIdOf(city, 2025, 'diskominfo', 'innovation-report'),
    ],
  };
}

/**
 * The cycle each selection route acts on: one of its own, so that every one of them can be
 * accepted (an announcement is made once; a draw needs an announcement whose draw date is past).
 */
const selectionYears: Record<string, string> = {
  announceSelection: '2027',
  drawSelection: '2028',
  announceSelectionPage: '2029',
  drawSelectionPage: '2030',
};

/** Announces the selections the draw routes draw from, their sources published and their draw date past. */
async function announceFuzzedSelections() {
  for (const drawn of [selectionYears.drawSelection, selectionYears.drawSelectionPage]) {
    const announcement = {
      pool: demoOpds.map((o, i) => ({ position: i + 1, opd: o.id, name: o.name })).slice(0, 10),
      count: 3,
      teamSize: 2,
      evaluators: [
        { id: 'evaluator-uin', name: 'Evaluator UIN', conflicts: [] },
        { id: 'evaluator-unja', name: 'Evaluator UNJA', conflicts: [] },
      ],
      alwaysVisited: [],
      sources: [
        { description: 'Penutupan IHSG, dalam seperseratus poin', expected: '2026-02-20' },
        { description: 'Enam angka undian lotere nasional', expected: '2026-02-20' },
      ],
      drawDate: '2026-02-21',
      announcedAt: '2026-02-10T01:00:00.000Z',
      announcedBy: 'evaluator',
    };
    const selection = {
      city,
      year: Number(drawn),
      method: 'RFC 3797' as const,
      announcement,
      draws: [],
      revision: 1,
    };
    await api.ports.selections.put(
      selection,
      selectionAudit.event('selection.announced', {
        eventId: randomUUID(),
        at: announcement.announcedAt,
        actor: 'evaluator',
        city,
        opd: '-',
        entityId: drawn ?? '',
        before: null,
        after: { revision: 1, announcement },
      }),
    );
  }
}

/** A selection's announcement: mostly valid (its sources published after the fuzzed today, 2 March 2026). */
const announcementBody = fc.record({
  count: fc.oneof({ weight: 6, arbitrary: fc.constant(3) }, fc.constantFrom(0, 99, 2.5)),
  sources: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constant([
        { description: 'Penutupan IHSG, dalam seperseratus poin', expected: '2026-03-20' },
      ]),
    },
    fc.constant([{ description: 'IHSG kemarin', expected: '2026-03-01' }]),
    fc.constant([]),
  ),
  drawDate: fc.oneof({ weight: 6, arbitrary: fc.constant('2026-03-21') }, fc.constantFrom('2026-03-19', '')),
});
/** A draw's values: as published, another set (a redraw without a reason is refused), or not numbers. */
const drawValues = fc.oneof(
  { weight: 6, arbitrary: fc.constant(['723456', '9 18 26 34 41 45']) },
  fc.constant(['723457', '9 18 26 34 41 45']),
  fc.constant(['7.234,56', '9']),
  fc.constant(['1']),
);
const drawReason = fc.option(fc.constant('Nilai IHSG yang pertama salah ketik.'), { freq: 3 });

/** OPDs whose self-assessment is in review during the run: one per review route, the verifier the lead. */
const reviewedOpds = ['rsud', 'bpbd', 'satpol-pp', 'inspektorat'];
/** Indicators every OPD assesses: the fuzzed decisions name them (every level is verified before the run). */
const reviewedIndicators = ['gov-ps-01', 'gov-ps-02'];

/**
 * The visit each visit route acts on, in the cycle of the run: one of its own, so that every one
 * can be accepted (a date proposed to an unscheduled visit, one proposed by the OPD to confirm, a
 * confirmed visit of the fuzzed today to record findings on, its OPD's review open).
 */
const visitedOpds: Record<string, string> = {
  proposeVisit: 'dinas-pendidikan',
  proposeVisitPage: 'disdukcapil',
  confirmVisit: 'dinas-lingkungan-hidup',
  confirmVisitPage: 'dinas-perhubungan',
  recordFinding: 'dinas-sosial',
  recordFindingPage: 'dpmptsp',
};
const findingOpds = [visitedOpds.recordFinding ?? '', visitedOpds.recordFindingPage ?? ''];

/** Opens the visits of {@link visitedOpds}, as a draw and the schedule commands before the run would. */
async function openFuzzedVisits() {
  const at = '2026-03-01T01:00:00.000Z';
  for (const [operation, opd] of Object.entries(visitedOpds)) {
    // A proposal to confirm is for a day ahead; a confirmed visit to record findings on is today's.
    const proposal = (side: 'team' | 'opd') => ({
      date: side === 'opd' ? '2026-03-10' : '2026-03-02',
      start: '09:00',
      end: '12:00',
      place: 'Ruang rapat',
      side,
      by: side === 'team' ? 'evaluator' : 'head-diskominfo',
      at,
    });
    const state = operation.startsWith('confirm')
      ? { status: 'proposed' as const, slot: proposal('opd'), sequence: 1 }
      : operation.startsWith('recordFinding')
        ? {
            status: 'confirmed' as const,
            slot: proposal('team'),
            confirmed: { by: 'evaluator', at },
            sequence: 2,
          }
        : { status: 'unscheduled' as const, sequence: 0 };
    const visit = {
      city,
      year,
      opd,
      visitId: `${year}.${opd}`,
      reason: { kind: 'always' as const, text: 'Diuji.' },
      drawNumber: 1,
      team: ['evaluator-uin', 'evaluator-unja'],
      ...state,
      revision: 1,
      openedAt: at,
      updatedAt: at,
    };
    await api.ports.visits.put(
      visit,
      selectionAudit.event('visit.opened', {
        eventId: randomUUID(),
        at,
        actor: 'evaluator',
        city,
        opd,
        entityId: visit.visitId,
        before: null,
        after: { status: visit.status, revision: 1 },
      }),
    );
  }
}

/** Opens a review of each of {@link reviewedOpds}, every level verified, as the submission-review workflow and a verifier would. */
/** The cycle's impact survey: its one program, and the choice its choose routes send again. */
const surveyProgram = { code: '', choice: [] as { slot: string; submissionId: string }[] };

/** Diskominfo reports an innovation in Smart Governance, and an admin chooses it for the impact survey. */
async function openFuzzedSurveys() {
  const operator = {
    subject: 'operator-diskominfo',
    city,
    opd: 'diskominfo',
    roles: ['opd-operator' as const],
  };
  const { submission } = await submit(
    submissionDepsOf({ ...api.ports, newId: randomUUID }),
    operator,
    formId,
    {
      formVersion: 1,
      answers: makeInnovationAnswers({ subDimension: 'governance.public-services' }),
    },
  );
  surveyProgram.choice = [{ slot: 'governance', submissionId: submission.submissionId }];
  const { plan } = await choosePrograms({ ...api.ports, newId: randomUUID }, 'admin', city, year, {
    programs: surveyProgram.choice,
  });
  surveyProgram.code = plan.programs[0]?.code ?? '';
}

/** The OPD whose risk register the review route decides on: it owns the cycle's one quick win. */
const riskOpd = 'diskominfo';

/**
 * Diskominfo's innovation (the impact survey's) is also the cycle's quick win, on the 3 by 3
 * scale, and Diskominfo submits its register: the choose route can only replay the choice (or be
 * refused another), and the review route has a register to decide on.
 */
async function openFuzzedRisks() {
  const deps = { ...api.ports, newId: randomUUID };
  await chooseQuickWins(deps, 'admin', city, year, {
    scale: 3,
    programs: surveyProgram.choice.map((choice) => choice.submissionId),
  });
  const operator = { subject: `operator-${riskOpd}`, city, opd: riskOpd, roles: ['opd-operator' as const] };
  const risk = {
    program: surveyProgram.choice[0]?.submissionId,
    risk: 'Server aplikasi tidak dapat diakses',
    cause: 'Listrik padam di ruang server.',
    category: 'technology',
    likelihood: 2,
    impact: 3,
    mitigationType: 'structural',
    mitigation: 'Memasang UPS dan genset.',
    owner: 'pic@jambikota.go.id',
    due: '2026-06-30',
  };
  await submit(submissionDepsOf(deps), operator, 'risk-register', {
    formVersion: year,
    answers: { risks: [risk] },
  });
}

async function openFuzzedReviews() {
  const deps = {
    reviews: api.ports.reviews,
    clock: api.ports.clock,
    newId: randomUUID,
    timeZoneOf: async () => 'Asia/Jakarta',
  };
  const caller = { identity: { subject: 'evaluator', city, roles: ['evaluator' as const] }, lead: true };
  // Submitted as the OPD would, without starting the workflow: the review is opened below.
  const submissions = { ...submissionDepsOf({ ...api.ports, newId: randomUUID }), onSubmitted: undefined };
  for (const opd of [...reviewedOpds, ...findingOpds]) {
    const operator = { subject: `operator-${opd}`, city, opd, roles: ['opd-operator' as const] };
    const answers = selfAssessmentAnswers(smartCityInstrument2026, opd);
    const { submission } = await submit(submissions, operator, 'self-assessment', {
      formVersion: 1,
      answers,
    });
    const claimed = Object.fromEntries(
      responsibleIndicators(smartCityInstrument2026, opd).map((i) => [i.id, 3 as const]),
    );
    const { review } = await openReview(deps, {
      city,
      year,
      opd,
      submissionId: submission.submissionId,
      verifier: 'evaluator-uin',
      due: '2026-03-16',
      claimed,
    });
    const levels = Object.fromEntries(Object.keys(claimed).map((i) => [i, { level: 3 as const }]));
    await recordVerification(deps, caller, { year, opd, revision: review.revision, levels });
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const anyJson = fc.jsonValue({ maxDepth: 3 });
const fieldIds = formFields(innovationReportForm).map((field) => field.id);
const validAnswers = makeInnovationAnswers();

/** Mostly valid answers, some of them replaced by anything or left out. */
const answers = fc.oneof(
  { weight: 4, arbitrary: fc.constant(validAnswers) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        replaced: fc.dictionary(fc.constantFrom(...fieldIds), anyJson, { maxKeys: 2 }),
        dropped: fc.subarray(fieldIds, { maxLength: 2 }),
      })
      .map(({ replaced, dropped }) =>
        Object.fromEntries(
          Object.entries({ ...validAnswers, ...replaced }).filter(([key]) => !dropped.includes(key)),
        ),
      ),
  },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...fieldIds, 'extra', '__proto__'), anyJson) },
);

const huge = fc.integer({ min: 100_000, max: 300_000 }).map((n) => 'x'.repeat(n));
/** A field value: usually the one given, sometimes anything. */
const perturbed = (value: fc.Arbitrary<Value>) =>
  fc.oneof(
    { weight: 150, arbitrary: value },
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 3, arbitrary: anyJson.map((json) => JSON.stringify(json)) },
  );
/** Now and then (one body in 200), a field of 100 to 300 KB. */
const rarelyHuge = fc.oneof(
  { weight: 199, arbitrary: fc.constant<string | undefined>(undefined) },
  { weight: 1, arbitrary: huge },
);

const csrf = (natural: 'session' | 'cookie' | 'either') =>
  fc
    .oneof(
      {
        weight: 12,
        arbitrary: fc.constantFrom<CsrfChoice>(
          ...(natural === 'either' ? (['session', 'cookie'] as const) : [natural]),
        ),
      },
      fc.constantFrom<CsrfChoice>('other', 'wrong', 'none'),
    )
    .map(
      (choice) =>
        new Ref(`csrf:${choice}`, async ({ plan }) => {
          const own = plan.caller.session ? pool.get(plan.caller.session)?.csrf : undefined;
          if (choice === 'session') return own ?? 'no-session-csrf';
          if (choice === 'cookie') return csrfCookieValue;
          if (choice === 'other')
            return pool.get(plan.caller.session === 'evaluator' ? 'admin' : 'evaluator')?.csrf;
          if (choice === 'wrong') return `${own ?? csrfCookieValue}x`.slice(1);
          return undefined;
        }),
    );

/** The revision the path's review has now, or the one before it (a page shown before the last decision). */
const reviewRevision = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.constant(-1)).map(
  (behind) =>
    new Ref(behind ? 'stale review revision' : 'review revision', async ({ params }) => {
      const reviewYear = Number(params.year);
      const opd = params.opd;
      if (!Number.isInteger(reviewYear) || !opd || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(opd)) return undefined;
      const review = await watch.run('harness', () => api.ports.reviews.get(city, reviewYear, opd));
      return review && review.revision + behind;
    }),
);
/** An indicator the fuzzed reviews claim, or one they do not. */
const reviewIndicator = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...reviewedIndicators) },
  fc.constantFrom('gov-xx-99', 'Gov', ''),
);
const reviewLevel = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1, 2, 3, 4, 5) },
  fc.constantFrom(0, 6, 2.5),
);
const reviewText = fc.oneof(
  { weight: 6, arbitrary: fc.constant('Lampirkan SK penetapan SOP layanan.') },
  fc.constantFrom('', ' ', 'x'.repeat(2001)),
);
/** A revision's due date: after the fuzzed today (2 March 2026), or not. */
const revisionDue = fc.oneof(
  { weight: 4, arbitrary: fc.constant('2026-03-20') },
  fc.constantFrom('2026-03-02', '2026-02-30', '20-03-2026', ''),
);

/** The revision the path's visit has now, or the one before it. */
const visitRevision = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.constant(-1)).map(
  (behind) =>
    new Ref(behind ? 'stale visit revision' : 'visit revision', async ({ params }) => {
      const opd = params.opd;
      if (!opd || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(opd)) return undefined;
      const visit = await watch.run('harness', () => api.ports.visits.get(city, year, opd));
      return visit && visit.revision + behind;
    }),
);
/** A proposed date: a working day in the run's visit window, a Saturday, before the window, or no date. */
const visitDate = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2026-03-10', '2026-03-11') },
  fc.constantFrom('2026-03-07', '2026-02-20', '2026-02-30', ''),
);
const visitTime = (natural: string) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(natural) }, fc.constantFrom('25:00', '9.00', ''));
const visitPlace = fc.oneof(
  { weight: 6, arbitrary: fc.constant('Ruang rapat lantai 2') },
  fc.constantFrom('', ' '),
);
const proposal = fc.record({
  revision: visitRevision,
  date: visitDate,
  start: visitTime('09:00'),
  end: visitTime('12:00'),
  place: visitPlace,
});
/** A finding: mostly valid for an indicator the OPD assesses, the level sometimes changed without a reason. */
const finding = fc.record({
  revision: reviewRevision,
  indicator: reviewIndicator,
  observed: reviewText,
  level: reviewLevel,
  reason: fc.option(fc.constant('Bukti di lokasi tidak sesuai klaim.'), { freq: 2, nil: undefined }),
});
/** A photo from a phone, or a file that is no photo. */
const photo = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: 'image/png', value: tinyPng }) },
  fc.constant({ type: 'text/plain', value: Buffer.from('bukan foto') }),
);

/** The revision the path's draft has now, or the one before it (a page shown before the last save). */
const revision = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.constant(-1)).map(
  (behind) =>
    new Ref(behind ? 'stale revision' : 'revision', async ({ params }) => {
      const id = params.draftId;
      if (!id || !/^[A-Za-z0-9-]{1,64}$/.test(id)) return undefined;
      const draft = await watch.run('harness', () => api.ports.submissions.getDraft(city, id));
      return draft && draft.revision + behind;
    }),
);

const fields = (
  entries: [string, fc.Arbitrary<Value>][],
  files: fc.Arbitrary<Part[]> = fc.constant([]),
): fc.Arbitrary<Payload> =>
  fc
    .record({
      values: fc.tuple(
        ...entries.map(([name, value]) => perturbed(value).map((v) => [name, v] as [string, Value])),
      ),
      dropped: fc.subarray(
        entries.map(([name]) => name),
        { maxLength: 1 },
      ),
      extra: fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })), { maxLength: 2 }),
      files,
      huge: rarelyHuge,
    })
    .map(({ values, dropped, extra, files, huge }) => ({
      fields: [
        ...values.filter(([name]) => !dropped.includes(name)),
        ...extra,
        ...(huge === undefined ? [] : [['description', huge] as [string, Value]]),
      ],
      files,
    }));

const json = (value: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Payload> =>
  fc.oneof(
    {
      weight: 10,
      arbitrary: fc
        .tuple(value, rarelyHuge)
        .map(([v, huge]) => ({ json: huge === undefined ? v : { ...v, note: huge } })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(value, fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 2 }))
        .map(([v, extra]) => ({ json: { ...v, ...extra } })),
    },
    { weight: 1, arbitrary: anyJson.map((v) => ({ json: v })) },
  );

const workingDays = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'];
/** Half of them valid: a move reschedules the obligation's reminders, the costliest write there is. */
const dueDate = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...workingDays) },
  fc.constantFrom('2026-11-07', '2026-02-30', '2025-11-03', '2030-01-01', '02-11-2026', ''),
);
const reason = fc.oneof(
  { weight: 6, arbitrary: fc.constant('OPD dilebur ke Diskominfo pada tahun ini.') },
  fc.constantFrom('', 'ok', ' '.repeat(10), 'r'.repeat(501)),
);
const pdfPart = fc
  .option(
    fc.constantFrom<Part>(
      { name: 'evidenceDocument.file', filename: 'sk.pdf', type: 'application/pdf', value: evidencePdf },
      { name: 'evidenceDocument.file', filename: 'x.exe', type: 'application/x-msdownload', value: 'MZ' },
    ),
    { freq: 2 },
  )
  .map((part) => (part ? [part] : []));
const action = fc.constantFrom(
  'save',
  'submit',
  'submit',
  'add:evidenceLinks',
  'remove:evidenceLinks.0',
  'x',
);

/** The demo instrument's next version, continuing each of its indicators. */
const nextInstrument = demoVersion(2);
/** Instrument files an admin uploads: the stored version again, the next one, a spoilt one, and not one at all. */
const instrumentFiles = {
  stored: await writeInstrumentFile(smartCityInstrument2026, 'csv'),
  next: await writeInstrumentFile(nextInstrument, 'xlsx'),
  spoilt: await writeInstrumentFile(
    { ...nextInstrument, aspectWeights: { ...nextInstrument.aspectWeights, impact: 5 } },
    'csv',
  ),
  notOne: new TextEncoder().encode('section,key,value\r\nx,y,z\r\n'),
};
const instrumentFile = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ format: 'csv', bytes: instrumentFiles.stored }) },
  { weight: 1, arbitrary: fc.constant({ format: 'xlsx', bytes: instrumentFiles.next }) },
  { weight: 3, arbitrary: fc.constant({ format: 'csv', bytes: instrumentFiles.spoilt }) },
  { weight: 2, arbitrary: fc.constant({ format: 'csv', bytes: instrumentFiles.notOne }) },
  // An XLSX that is a CSV: the format said, and the bytes not in it.
  { weight: 1, arbitrary: fc.constant({ format: 'xlsx', bytes: instrumentFiles.stored }) },
);

/** A public questionnaire's hidden response id: mostly a fresh one, sometimes one that cannot be. */
const responseIdOf = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .uint8Array({ minLength: 16, maxLength: 16 })
      .map((b) => Buffer.from(b).toString('base64url')),
  },
  fc.constantFrom('', 'short', 'x'.repeat(40)),
);
/** The honeypot field, which only a script fills. */
const honeypot = 'website';
const honeypotValue = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constant('http://spam.example'));
const likertFields: [string, fc.Arbitrary<Value>][] = [
  'benefit',
  'service',
  'participation',
  'sustainability',
].map((item) => [item, fc.constantFrom('1', '3', '4', '5', '5', '0', '')]);

interface BodyModel {
  natural: Encoding;
  /** Another encoding its clients send (a form with a file goes multipart). */
  also?: Encoding;
  /** Who sends it in earnest: this person is chosen more often than the others. */
  person?: string;
  payload: fc.Arbitrary<Payload>;
  headers?: fc.Arbitrary<Record<string, Value>>;
}

/** Signed-link tokens: few that sign in (one in eight), as sign-ins are limited per address. */
const linkToken = () =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...linkTokens.valid) },
    { weight: 1, arbitrary: fc.constantFrom(...linkTokens.expired) },
    { weight: 6, arbitrary: fc.constantFrom(...linkTokens.invalid) },
  );

/** Requests that look like the ones the pages and clients of each operation send. */
const bodyModels: Record<string, () => BodyModel> = {
  createDraft: () => ({
    person: 'operator-diskominfo',
    natural: 'json',
    payload: json(fc.record({ formVersion: fc.constant(1), answers })),
    headers: fc.option(
      fc.uuid().map((key) => ({ 'idempotency-key': key })),
      { nil: {} },
    ),
  }),
  saveDraft: () => ({
    person: 'operator-diskominfo',
    natural: 'json',
    payload: json(fc.record({ formVersion: fc.constant(1), answers, revision })),
  }),
  submit: () => ({
    person: 'operator-diskominfo',
    natural: 'json',
    payload: json(fc.record({ formVersion: fc.constant(1), answers })),
    headers: fc.option(
      fc.uuid().map((key) => ({ 'idempotency-key': key })),
      { nil: {} },
    ),
  }),
  createUpload: () => ({
    person: 'operator-diskominfo',
    natural: 'json',
    payload: json(fc.constant(uploadRequestFor(evidencePdf))),
  }),
  moveObligation: () => ({ person: 'admin', natural: 'json', payload: json(fc.record({ due: dueDate })) }),
  recordVerification: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(
      fc.record({
        revision: reviewRevision,
        levels: fc.dictionary(reviewIndicator, fc.record({ level: reviewLevel }), { minKeys: 1, maxKeys: 2 }),
      }),
    ),
  }),
  requestRevision: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(
      fc.record({
        revision: reviewRevision,
        comments: fc.dictionary(reviewIndicator, reviewText, { minKeys: 1, maxKeys: 2 }),
        due: revisionDue,
      }),
    ),
  }),
  acceptReview: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(fc.record({ revision: reviewRevision })),
  }),
  decideReview: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: reviewIndicator.chain((indicator) =>
      fields([
        ['_csrf', csrf('session')],
        ['revision', reviewRevision],
        ['_action', fc.constantFrom('save', 'revise', 'accept', 'x')],
        [`level.${indicator}`, reviewLevel.map(String)],
        [`comment.${indicator}`, reviewText],
        ['due', revisionDue],
      ]),
    ),
  }),
  waiveObligation: () => ({ person: 'admin', natural: 'json', payload: json(fc.record({ reason })) }),
  announceSelection: () => ({ person: 'evaluator', natural: 'json', payload: json(announcementBody) }),
  drawSelection: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(
      fc
        .record({ values: drawValues, reason: drawReason })
        .map(({ values, reason }) => (reason === null ? { values } : { values, reason })),
    ),
  }),
  announceSelectionPage: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: announcementBody.chain((body) =>
      fields([
        ['_csrf', csrf('session')],
        ['year', fc.constant(selectionYears.announceSelectionPage ?? '')],
        ['count', fc.constant(String(body.count))],
        ['source.0.description', fc.constant(body.sources[0]?.description ?? '')],
        ['source.0.expected', fc.constant(body.sources[0]?.expected ?? '')],
        ['drawDate', fc.constant(body.drawDate)],
      ]),
    ),
  }),
  drawSelectionPage: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: fc.record({ values: drawValues, reason: drawReason }).chain(({ values, reason }) =>
      fields([
        ['_csrf', csrf('session')],
        ['year', fc.constant(selectionYears.drawSelectionPage ?? '')],
        ['value.0', fc.constant(values[0] ?? '')],
        ['value.1', fc.constant(values[1] ?? '')],
        ['reason', fc.constant(reason ?? '')],
      ]),
    ),
  }),
  proposeVisit: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(proposal),
  }),
  confirmVisit: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(fc.record({ revision: visitRevision })),
  }),
  recordFinding: () => ({
    person: 'evaluator',
    natural: 'json',
    payload: json(finding.map(({ reason, ...rest }) => (reason === undefined ? rest : { ...rest, reason }))),
  }),
  proposeVisitPage: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: proposal.chain((body) =>
      fields([
        ['_csrf', csrf('session')],
        ['revision', fc.constant(body.revision)],
        ['date', fc.constant(body.date)],
        ['start', fc.constant(body.start)],
        ['end', fc.constant(body.end)],
        ['place', fc.constant(body.place)],
      ]),
    ),
  }),
  confirmVisitPage: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['revision', visitRevision],
    ]),
  }),
  recordFindingPage: () => ({
    person: 'evaluator',
    natural: 'multipart',
    also: 'form',
    payload: fc.tuple(finding, fc.option(photo, { freq: 2, nil: undefined })).chain(([body, file]) =>
      fields(
        [
          ['_csrf', csrf('session')],
          ['revision', fc.constant(body.revision)],
          ['indicator', fc.constant(body.indicator)],
          ['observed', fc.constant(body.observed)],
          ['level', fc.constant(String(body.level))],
          ['reason', fc.constant(body.reason ?? '')],
        ],
        fc.constant(file ? [{ name: 'photo.file', filename: 'foto.png', ...file }] : []),
      ),
    ),
  }),
  answerCitizenSurvey: () => ({
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('cookie')],
      ['responseId', responseIdOf],
      [honeypot, honeypotValue],
      ['experience', fc.constantFrom('used', 'used', 'aware', 'unaware', 'x')],
      ['satisfaction', fc.constantFrom('1', '4', '5', '9', '')],
      ['district', fc.constantFrom('kecamatan-telanaipura', '', 'kecamatan-atlantis')],
      ['ageGroup', fc.constantFrom('25-39', '', 'x')],
    ]),
  }),
  answerImpactQuestionnaire: () => ({
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('cookie')],
      ['responseId', responseIdOf],
      [honeypot, honeypotValue],
      ...likertFields,
    ]),
  }),
  answerAssisted: () => ({
    person: 'operator-diskominfo',
    natural: 'form',
    payload: fields([['_csrf', csrf('session')], ['responseId', responseIdOf], ...likertFields]),
  }),
  choosePrograms: () => ({
    person: 'admin',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['slot.governance', fc.constantFrom(surveyProgram.choice[0]?.submissionId ?? '', 'no-such-report', '')],
    ]),
  }),
  chooseImpactPrograms: () => ({
    person: 'admin',
    natural: 'json',
    payload: json(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant({ programs: surveyProgram.choice }) },
        fc.constant({ programs: [{ slot: 'living', submissionId: surveyProgram.choice[0]?.submissionId }] }),
        fc.constant({ programs: [] }),
      ),
    ),
  }),
  chooseQuickWins: () => ({
    person: 'admin',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['scale', fc.constantFrom('3', '3', '5', '4', '')],
      ['program', fc.constantFrom(surveyProgram.choice[0]?.submissionId ?? '', 'no-such-report', '')],
    ]),
  }),
  reviewRiskRegister: () => ({
    person: 'evaluator',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['decision', fc.constantFrom('accept', 'revise', 'revise', 'x', '')],
      ['due', fc.constantFrom('2026-03-10', '2026-03-07', '2026-03-02', 'x', '')],
      ['note', fc.constantFrom('Lengkapi penyebab setiap risiko.', '', ' ', 'x'.repeat(1001))],
    ]),
  }),
  switchPublicSummary: () => ({
    person: 'admin',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['open', fc.constantFrom('true', 'false', 'x')],
    ]),
  }),
  importInstrument: () => ({
    person: 'admin',
    natural: 'json',
    payload: json(
      instrumentFile.map(({ format, bytes }) => ({
        format,
        content: Buffer.from(bytes).toString('base64'),
      })),
    ),
  }),
  importInstrumentPage: () => ({
    person: 'admin',
    natural: 'multipart',
    payload: fields(
      [['_csrf', csrf('session')]],
      instrumentFile.map(({ format, bytes }) => [
        {
          name: 'instrument.file',
          filename: `instrumen.${format}`,
          type: format === 'csv' ? 'text/csv' : 'application/octet-stream',
          value: bytes,
        },
      ]),
    ),
  }),
  postForm: () => ({
    person: 'operator-diskominfo',
    natural: 'form',
    also: 'multipart',
    payload: answers.chain((given) =>
      fields(
        [
          ['_csrf', csrf('session')],
          ['formVersion', fc.constant('1')],
          ['_idempotency', fc.uuid()],
          ['revision', revision],
          ['_action', action],
          ...answerFields(given).map(([name, value]): [string, fc.Arbitrary<Value>] => [
            name,
            fc.constant(value),
          ]),
        ],
        pdfPart,
      ),
    ),
  }),
  upload: () => ({
    person: 'operator-diskominfo',
    natural: 'json',
    payload: json(fc.constant(uploadRequestFor(evidencePdf))),
    headers: csrf('session').map((token) => ({ 'x-csrf-token': token })),
  }),
  confirmLink: () => ({
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('cookie')],
      ['token', linkToken()],
    ]),
  }),
  renewLink: () => ({
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('cookie')],
      ['token', linkToken()],
    ]),
  }),
  logout: () => ({ natural: 'form', payload: fields([['_csrf', csrf('session')]]) }),
  logoutEverywhere: () => ({ natural: 'form', payload: fields([['_csrf', csrf('session')]]) }),
  moveObligationPage: () => ({
    person: 'admin',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['due', dueDate],
    ]),
  }),
  waiveObligationPage: () => ({
    person: 'admin',
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('session')],
      ['reason', reason],
    ]),
  }),
  demoSignIn: () => ({
    natural: 'form',
    payload: fields([
      ['_csrf', csrf('cookie')],
      // Few valid sign-ins (about one in 30): the engine allows 100 per 10 minutes from one address.
      [
        'person',
        fc.oneof(
          {
            weight: 1,
            arbitrary: fc.constantFrom(...demoPeople.map((p) => p.id), 'operator-bappeda', 'sekda'),
          },
          { weight: 8, arbitrary: fc.constantFrom('nobody', 'operator-palembang', 'admin ', 'ADMIN', '') },
        ),
      ],
    ]),
  }),
};

/** Any other route: a form post with a CSRF token. */
const genericModel = (): BodyModel => ({ natural: 'form', payload: fields([['_csrf', csrf('either')]]) });

function callerFor(route: Route, model: BodyModel): fc.Arbitrary<Caller> {
  const persons = demoPeople.map((p) => p.id);
  const natural = fc.constant(model.person ?? 'operator-diskominfo');
  const session = fc.oneof(
    { weight: 8, arbitrary: natural },
    { weight: 4, arbitrary: fc.constantFrom(...persons) },
    { weight: 1, arbitrary: fc.constantFrom(foreignCity, 'unknown-session') },
  );
  const bearer = fc.oneof(
    { weight: 8, arbitrary: natural },
    { weight: 4, arbitrary: fc.constantFrom(...persons) },
    { weight: 1, arbitrary: fc.constantFrom(foreignCity, 'expired', 'garbage') },
  );
  // Pages shown before a session (the start page, a link's page) set it; a cross-site post has none.
  const csrfCookie = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false));
  const paged = route.access === 'session';
  return fc.oneof(
    { weight: paged ? 12 : 1, arbitrary: fc.record({ session, csrfCookie }) },
    { weight: paged ? 1 : 12, arbitrary: fc.record({ bearer, csrfCookie }) },
    { weight: 1, arbitrary: fc.record({ csrfCookie }) },
    {
      weight: 1,
      arbitrary: fc.record({
        session,
        csrfCookie,
        csrfHeader: fc.constantFrom<CsrfChoice>('session', 'wrong', 'none'),
      }),
    },
  );
}

/** Each path parameter: mostly the route's first id, sometimes another that exists, or a hostile one. */
function paramsFor(route: Route, ids: RouteIds): fc.Arbitrary<Record<string, Value>> {
  const names = [...route.path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] ?? '');
  const value = (name: string): fc.Arbitrary<Value> =>
    fc.oneof(
      { weight: 32, arbitrary: fc.constant(ids[name]?.[0] ?? 'x') },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...((ids[name]?.slice(1) as string[] | undefined) ?? ['x']))
          .map(encodeURIComponent),
      },
      { weight: 3, arbitrary: fc.constantFrom(...hostile) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
      },
    );
  return fc.record(Object.fromEntries(names.map((name) => [name, value(name)])));
}

function planFor(route: Route, ids: RouteIds): fc.Arbitrary<Plan> {
  const model = (bodyModels[route.operation] ?? genericModel)();
  const encoding = fc.oneof(
    { weight: 15, arbitrary: fc.constant(model.natural) },
    { weight: model.also ? 10 : 1, arbitrary: fc.constant(model.also ?? model.natural) },
    {
      weight: 6,
      arbitrary: fc.constantFrom<Encoding>(
        'form',
        'json',
        'multipart',
        'multipart-no-boundary',
        'none',
        'text',
      ),
    },
  );
  const body: fc.Arbitrary<Plan['body']> = fc.oneof(
    {
      weight: 150,
      arbitrary: fc.record({ payload: model.payload, headers: model.headers ?? fc.constant({}) }),
    },
    { weight: 5, arbitrary: fc.record({ raw: fc.string({ unit: 'binary', maxLength: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ raw: huge }) },
  );
  return fc.record({
    caller: callerFor(route, model),
    params: paramsFor(route, ids),
    encoding,
    cut: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      fc.double({ min: 0, max: 0.99, noNaN: true }),
    ),
    body,
  });
}

// ---------------------------------------------------------------------------------------------
// Sending.

async function resolve(value: unknown, context: SendContext): Promise<unknown> {
  if (value instanceof Ref) return value.resolve(context);
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolve(v, context)));
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array))
    return Object.fromEntries(
      await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await resolve(v, context)])),
    );
  return value;
}

const boundary = '----siklusFuzzBoundary7MA4YWxkTrZu0gW';
const contentTypes: Partial<Record<Encoding, string>> = {
  form: 'application/x-www-form-urlencoded',
  json: 'application/json',
  multipart: `multipart/form-data; boundary=${boundary}`,
  'multipart-no-boundary': 'multipart/form-data',
  text: 'text/plain',
};

/** The plan's headers and body, encoded as its content type says. */
async function encode(
  plan: Plan,
  context: SendContext,
): Promise<{ headers: Record<string, string>; body: string | Buffer }> {
  const contentType = contentTypes[plan.encoding];
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  if ('raw' in plan.body)
    return { headers, body: plan.encoding === 'none' ? Buffer.from(plan.body.raw) : plan.body.raw };
  for (const [name, value] of Object.entries(plan.body.headers)) {
    const resolved = await resolve(value, context);
    if (resolved !== undefined) headers[name] = String(resolved);
  }
  const { payload } = plan.body;
  const entries =
    'json' in payload
      ? []
      : ((await resolve(payload.fields, context)) as [string, unknown][])
          .filter(([, value]) => value !== undefined)
          .map(([name, value]): [string, string] => [name, String(value)]);
  const json =
    JSON.stringify('json' in payload ? await resolve(payload.json, context) : Object.fromEntries(entries)) ??
    '';
  if (plan.encoding === 'json') return { headers, body: json };
  if (plan.encoding === 'multipart' || plan.encoding === 'multipart-no-boundary') {
    const parts: Part[] =
      'json' in payload
        ? [{ name: 'json', value: json }]
        : [...entries.map(([name, value]) => ({ name, value })), ...payload.files];
    const bytes = multipartBody(parts, boundary);
    return {
      headers,
      body: plan.cut === undefined ? bytes : bytes.subarray(0, Math.floor(bytes.length * plan.cut)),
    };
  }
  const text = 'json' in payload ? json : new URLSearchParams(entries).toString();
  // A Buffer body: fetch adds no content type of its own.
  return { headers, body: plan.encoding === 'none' ? Buffer.from(text) : text };
}

async function send(route: Route, plan: Plan, run: string) {
  const context: SendContext = { plan, params: {} };
  for (const [name, value] of Object.entries(plan.params))
    context.params[name] =
      value instanceof Ref ? encodeURIComponent(String(await value.resolve(context))) : value;
  const path = route.path.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => context.params[name] ?? '');
  const { headers, body } = await encode(plan, context);
  const { caller } = plan;
  const cookies = [
    ...(caller.session ? [`__Host-siklus-session=${pool.get(caller.session)?.id ?? 'gone-0123456789'}`] : []),
    ...(caller.csrfCookie ? [`__Host-siklus-csrf=${csrfCookieValue}`] : []),
    // A phone that opened a public questionnaire carries its device token; each run is another phone.
    ...(caller.csrfCookie ? [`__Host-siklus-device=${randomBytes(32).toString('base64url')}`] : []),
  ];
  if (cookies.length) headers.cookie = cookies.join('; ');
  if (caller.bearer) headers.authorization = `Bearer ${tokens.get(caller.bearer) ?? 'garbage.token.value'}`;
  const ownCsrf = pool.get(caller.session ?? '')?.csrf;
  if (caller.csrfHeader === 'session' && ownCsrf) headers['x-csrf-token'] = ownCsrf;
  if (caller.csrfHeader === 'wrong') headers['x-csrf-token'] = 'wrong';
  headers[runHeader] = run;
  const response = await fetch(`${api.baseUrl}${path}`, {
    method: route.method,
    headers,
    body,
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), path };
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  api = await startApi({ clock: tickingClock('2026-03-02T01:00:00.000Z', 10) });
  await seedDemoCity(api.ports.directory, api.ports.people);
  await api.ports.instruments.put(city, smartCityInstrument2026);
  await startCycle(api.ports, api.ports.clock, {
    city,
    year,
    phases: {
      [selfAssessmentPhase]: { due: '2026-11-13', closes: '2026-11-27' },
      [impactPhase]: { due: '2026-12-11', closes: '2026-12-18' },
      [riskPhase]: { due: '2026-12-04', closes: '2026-12-18' },
    },
    // The visit window opens on the fuzzed today, so that dates proposed in the run can be accepted.
    visits: { opens: '2026-03-02', closes: '2026-12-18', teamSize: 2 },
  });
  const runner = new LocalWorkflowRunner(
    loadWorkflowDefinitions(inject('assemblyDir')),
    createLocalFunctions(api.ports),
    api.ports.clock,
    { retryIntervalMs: 0 },
  );
  expect((await runner.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  // Choosing the impact survey's programs opens their obligations with the kick-off.
  api.ports.localWorkflows.attach(runner);
  await openFuzzedSurveys();
  await openFuzzedRisks();
  await openFuzzedReviews();
  await announceFuzzedSelections();
  await openFuzzedVisits();
  await signInPool();
  for (const person of demoPeople) tokens.set(person.id, api.ports.issuer.issue(claimsOf(person)));
  tokens.set(foreignCity, api.ports.issuer.issue(people.foreignCityOperator.claims));
  tokens.set('expired', api.ports.issuer.issue(claimsOf(demoPeople[0] as DemoPerson), -60));
  const fill = {
    purpose: 'fill' as const,
    city,
    opd: 'diskominfo',
    person: 'operator-diskominfo',
    obligation: obligationIdOf(city, year, 'diskominfo', 'innovation-report'),
  };
  const month = 30 * 24 * 3600;
  linkTokens.valid.push(
    await api.ports.links.sign(fill, month),
    await api.ports.links.sign({ ...fill, purpose: 'escalation', person: 'head-diskominfo' }, month),
  );
  linkTokens.expired.push(await api.ports.links.sign(fill, -3600));
  linkTokens.invalid.push(
    await api.ports.links.sign({ ...fill, person: 'operator-dinkes' }, month),
    await api.ports.links.sign({ ...fill, city: 'palembang' }, month),
    'abc.def',
    `${linkTokens.valid[0]?.slice(0, -2)}AA`,
    `${linkTokens.valid[0]}.`,
  );
  watch = watchWrites(api.ports.files);
  filesRoot = await watch.run('harness', () => fileStoreRoot(api.ports.files));
  // A first command names the engine's table to the watch.
  await api.ports.sessions.get('any');
  tableBefore = await dumpTable(watch.tableName());
  filesBefore = listFiles(filesRoot);
  for (const pooled of pool.values()) expect(tableBefore.has(sessionKey(pooled.id))).toBe(true);
}, 120_000);

afterAll(async () => {
  watch?.restore();
  await api?.stop();
});

const accepted = (status: number) => status >= 200 && status < 400;

describe.concurrent('route fuzz', () => {
  it.for(writeRoutes.map((route) => ({ route, name: `${route.method} ${route.path}` })))(
    'answers $name without a 5xx, and writes nothing when it refuses',
    { timeout: 300_000 },
    async ({ route }, { expect }) => {
      // Prepare
      const ids = await idsFor(route);
      const statuses = new Map<number, number>();
      let run = 0;

      // Act
      await fc.assert(
        fc.asyncProperty(planFor(route, ids), async (plan) => {
          const name = `${route.operation}#${++run}`;
          const response = await send(route, plan, name);
          const written = watch.take(name);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const label = `${response.status} ${route.method} ${response.path.slice(0, 200)}`;

          // Assess
          expect(response.status, label).toBeLessThan(500);
          if (accepted(response.status)) {
            for (const key of written.keys) explained.add(key);
            for (const key of written.stored) keptFiles.add(key);
            await heal(written.keys);
          } else {
            // Sign-in attempts count against the address even when refused: the watch leaves out those
            // rate counters (`RateCounter` items, keys `RATE#...`), and nothing else.
            expect(written, label).toEqual({ keys: [], stored: [], deleted: [] });
          }
        }),
        // The engine's state moves on with every run: a shrunk replay would not meet the same state.
        { numRuns: runsPerRoute, endOnFailure: true },
      );

      // Assess: the runs got past the checks to acceptance, and were refused too
      const count = (test: (status: number) => boolean) =>
        [...statuses].reduce((sum, [status, n]) => sum + (test(status) ? n : 0), 0);
      expect(
        count((status) => !accepted(status)),
        JSON.stringify([...statuses]),
      ).toBeGreaterThan(0);
      expect(count(accepted), JSON.stringify([...statuses])).toBeGreaterThan(0);
    },
  );
});

describe('route fuzz: afterwards', () => {
  it('describes a request for every write route, so that each can be accepted', () => {
    expect(writeRoutes.filter((route) => !bodyModels[route.operation]).map((r) => r.operation)).toEqual([]);
  });

  it('finds the table and the file store changed only where accepted requests wrote', async () => {
    // Every table change is a write of an accepted run or of the harness (drafts, sessions); rate counters are left out
    for (const key of watch.take('harness').keys) explained.add(key);
    expect(watch.leftovers()).toEqual([]);
    const tableAfter = await dumpTable(watch.tableName());
    expect(changedKeys(tableBefore, tableAfter).filter((key) => !explained.has(key))).toEqual([]);
    const files = listFiles(filesRoot).filter((path) => !filesBefore.includes(path));
    expect(storedKeys(files).filter((key) => !keptFiles.has(key))).toEqual([]);
    // The watch saw what accepted runs wrote: table items, and files posted without JavaScript
    expect(explained.size).toBeGreaterThan(0);
    expect(keptFiles.size).toBeGreaterThan(0);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { createLinkSigner, type LinkRequest } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { addWorkingDays, defaultCalendar, localDateOf } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { withDatabase } from '#infra/cli/database.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import { type Engine, startEngine } from '#infra/local/engine.ts';
import { createLocalSecrets } from '#infra/local/local-secrets.ts';
import { repoRoot, type StateDir, stateDir } from '#infra/local/paths.ts';
import { watchContext } from './page-problems.ts';

/** Where screenshots and the axe summary go (git-ignored). */
export const artifactsDir = join(repoRoot, 'test', '.artifacts');

/** The flags every run of the Debian Chromium gets: headless, no sandbox, nothing phoning home. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone: the OPD staff fill forms on one. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
};

/** The demo city the tests run in, and its time zone (WIB). */
const city = 'jambi';
const timeZone = 'Asia/Jakarta';

/** The cycle a test engine runs on real time: this year's, due three weeks of working days from now. */
export interface TestCycle {
  city: string;
  year: number;
  /** Today in the city, when the test file started. */
  today: string;
  /** The innovation reports' due date. */
  due: string;
}

const today = localDateOf(systemClock.now(), timeZone);
const year = Number(today.slice(0, 4));
export const testCycle: TestCycle = {
  city,
  year,
  today,
  due: addWorkingDays(defaultCalendar(year, timeZone), today, 15),
};

/** The id of an OPD's innovation report obligation in {@link testCycle}. */
export const obligationOf = (opd: string) => obligationIdOf(city, year, opd, 'innovation-report');

/** One engine on a fresh state folder, with a signer for its links (same key file as the engine's). */
export interface TestEngine {
  engine: Engine;
  url: string;
  dirs: StateDir;
  /** A signed link path (`/l/<token>`) for a demo person; a negative ttl makes it already expired. */
  link(payload: LinkRequest, ttlSeconds?: number): Promise<string>;
  /** Stops the engine (DynamoDB Local included) and deletes its state folder. */
  stop(): Promise<void>;
}

/** Starts a test engine; with `cycle: true` also {@link startCycleOn} it, so that links open. */
export async function startTestEngine(options: {
  cycle: true;
  clock?: Clock;
}): Promise<TestEngine & { cycle: TestCycle }>;
export async function startTestEngine(options?: { cycle?: boolean; clock?: Clock }): Promise<TestEngine>;
export async function startTestEngine(options: { cycle?: boolean; clock?: Clock } = {}) {
  const dirs = stateDir(mkdtempSync(join(tmpdir(), 'siklus-browser-')));
  // The engine's clock (real time unless the test moves it); sessions keep real time whatever it says.
  const engine = await startEngine({ dirs, port: await freePort(), clock: options.clock ?? systemClock });
  const signer = createLinkSigner(createLocalSecrets(dirs.keys), systemClock);
  const env: TestEngine = {
    engine,
    url: engine.url,
    dirs,
    link: async (payload, ttlSeconds = 3600) => `/l/${await signer.sign(payload, ttlSeconds)}`,
    stop: async () => {
      await engine.stop();
      rmSync(dirs.root, { recursive: true, force: true });
    },
  };
  if (!options.cycle) return env;
  try {
    return { ...env, cycle: await startCycleOn(env) };
  } catch (error) {
    await env.stop();
    throw error;
  }
}

/**
 * Starts {@link testCycle} on a running test engine, as `siklus cycle start` does: the cycle,
 * then its kick-off workflow, which opens every OPD's obligations and mails the operators.
 */
export async function startCycleOn(
  env: TestEngine,
  options: { selfAssessment?: boolean } = {},
): Promise<TestCycle> {
  const { due } = testCycle;
  // With the self-assessment, its phase falls on the same dates as the innovation reports'.
  const phase = { due, closes: addDays(due, 30) };
  await withDatabase(env.dirs, (db) =>
    startCycle(
      {
        directory: createDirectoryStore(db.documentClient, db.tableName),
        cycles: createCycleStore(db.documentClient, db.tableName),
      },
      systemClock,
      {
        city,
        year,
        innovationDue: due,
        innovationCloses: phase.closes,
        ...(options.selfAssessment ? { phases: { [selfAssessmentPhase]: phase } } : {}),
      },
    ),
  );
  // A kick-off opens nothing twice, so a run that failed on a busy machine is simply run again.
  let kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  for (let attempt = 1; attempt < 3 && kickoff.status !== 'SUCCEEDED'; attempt++) {
    console.warn(`cycle-kickoff ${kickoff.status}: ${kickoff.error} ${kickoff.cause ?? ''}; again`);
    kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  }
  if (kickoff.status !== 'SUCCEEDED')
    throw new Error(`cycle-kickoff ${kickoff.status}: ${kickoff.error} ${kickoff.cause ?? ''}`);
  return testCycle;
}

/** The id of an OPD's self-assessment obligation in {@link testCycle}. */
export const selfAssessmentOf = (opd: string) => obligationIdOf(city, year, opd, 'self-assessment');

/** Rina, the Diskominfo operator, asked to fill the Diskominfo innovation report. */
export const operatorLink: LinkRequest = {
  purpose: 'fill',
  city,
  opd: 'diskominfo',
  person: 'operator-diskominfo',
  obligation: obligationOf('diskominfo'),
};

/** The head of Diskominfo, told that the Diskominfo report is late. */
export const headLink: LinkRequest = { ...operatorLink, purpose: 'escalation', person: 'head-diskominfo' };

/** The city secretary (an admin in the directory, of no OPD), told of the same late report. */
export const secretaryLink: LinkRequest = { ...operatorLink, purpose: 'escalation', person: 'sekda' };

/**
 * Signs in with a signed link as a person does: opens it (the confirmation page, which starts
 * no session), presses the button, and waits for the landing. Returns the path landed on.
 */
export async function signInWithLink(page: Page, url: string): Promise<string> {
  const shown = await page.goto(url);
  if (shown?.status() !== 200) throw new Error(`The link answered ${shown?.status()}, not its confirmation`);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  if (title !== 'Masuk ke Siklus' && title !== 'Sign in to Siklus')
    throw new Error(`The link showed "${title}", not its confirmation`);
  const confirmed = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/l/open',
  );
  await page
    .locator('main')
    .getByRole('button', { name: /^(Masuk|Sign in)$/ })
    .click();
  const status = (await confirmed).status();
  if (status !== 303) throw new Error(`Signing in with the link answered ${status}`);
  await page.waitForURL((landing) => !landing.pathname.startsWith('/l/'));
  return new URL(page.url()).pathname;
}

/** Signs in with one click as a demo person from the start page; lands on the to-do list. */
export async function signInAsDemo(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name, exact: true }).click();
  // OPD staff land on their to-do list; admins and evaluators on the cycle's obligations.
  await page.waitForURL(/\/(tugas|admin\/kewajiban)$/);
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

/** A phone-sized context whose pages are watched for console and uncaught errors (see `page-problems.ts`). */
export const newPhoneContext = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> => watchContext(await browser.newContext({ ...phone, ...options }));

/** A full-page PNG at `test/.artifacts/screenshots/<name>.png`; returns the path from the repository root. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(artifactsDir, 'screenshots', `${name.replace(/[^\w.-]+/g, '-')}.png`);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file.slice(repoRoot.length);
}

/** One axe rule's finding on a page: a violation, or a check axe could not decide ("incomplete"). */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

export interface AxeResults {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  /** How many rules passed: zero would mean axe checked nothing. */
  passed: number;
}

const axeSource = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core on the page as it is now. The pages' CSP allows only their own script files,
 * so the page's context must be made with `bypassCSP: true` for axe to be injected.
 */
export async function runAxe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Raw = AxeFinding & { nodes: { target: unknown[]; html: string }[] };
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Raw[]; incomplete: Raw[]; passes: unknown[] }> };
      }
    ).axe;
    const results = await axe.run();
    const slim = (findings: Raw[]) =>
      findings.map((f) => ({
        id: f.id,
        impact: f.impact,
        help: f.help,
        nodes: f.nodes.map((n) => ({ target: n.target, html: n.html })),
      }));
    return {
      violations: slim(results.violations),
      incomplete: slim(results.incomplete),
      passed: results.passes.length,
    };
  });
}

/** The findings that block: impact serious or critical. */
/**
 * The serious or critical axe violations of the page. Axe runs in the page, so a page opened
 * without JavaScript is checked as the same address opened with it, in a second context of the
 * same session.
 */
export async function axeFindings(
  browser: Browser,
  page: Page,
  javaScriptEnabled: boolean,
): Promise<AxeFinding[]> {
  if (javaScriptEnabled) return serious((await runAxe(page)).violations);
  const context = page.context();
  const checker = await (
    await newPhoneContext(browser, { bypassCSP: true, storageState: await context.storageState() })
  ).newPage();
  await checker.goto(page.url());
  const found = serious((await runAxe(checker)).violations);
  await checker.context().close();
  return found;
}

export const serious = (findings: readonly AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** Rule id, impact and how many elements, per finding: what the summary keeps. */
export const tally = (findings: readonly AxeFinding[]) =>
  findings.map((f) => ({ id: f.id, impact: f.impact, count: f.nodes.length }));

/** Writes a JSON artifact under `test/.artifacts/`. */
export function writeArtifact(name: string, value: unknown): void {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(join(artifactsDir, name), `${JSON.stringify(value, null, 2)}\n`);
}

/** A tiny but well-formed PDF, as an evidence document. */
export const smallPdf = {
  name: 'sk-inovasi.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
};

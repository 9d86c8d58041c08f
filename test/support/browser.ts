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
import { systemClock } from '#functions/adapters/system-clock.ts';
import { createLinkSigner, type LinkPayload } from '#functions/web/signed-links.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import { type Engine, startEngine } from '#infra/local/engine.ts';
import { createLocalSecrets } from '#infra/local/local-secrets.ts';
import { repoRoot, type StateDir, stateDir } from '#infra/local/paths.ts';

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

/** One engine on a fresh state folder, with a signer for its links (same key file as the engine's). */
export interface TestEngine {
  engine: Engine;
  url: string;
  dirs: StateDir;
  /** A signed link path (`/l/<token>`) for a demo person; a negative ttl makes it already expired. */
  link(payload: Omit<LinkPayload, 'exp' | 'kid'>, ttlSeconds?: number): Promise<string>;
  /** Stops the engine (DynamoDB Local included) and deletes its state folder. */
  stop(): Promise<void>;
}

export async function startTestEngine(): Promise<TestEngine> {
  const dirs = stateDir(mkdtempSync(join(tmpdir(), 'siklus-browser-')));
  const engine = await startEngine({ dirs, port: await freePort(), clock: systemClock });
  const signer = createLinkSigner(createLocalSecrets(dirs.keys), systemClock);
  return {
    engine,
    url: engine.url,
    dirs,
    link: async (payload, ttlSeconds = 3600) => `/l/${await signer.sign(payload, ttlSeconds)}`,
    stop: async () => {
      await engine.stop();
      rmSync(dirs.root, { recursive: true, force: true });
    },
  };
}

/** Rina, the Diskominfo operator, landing on a new innovation report. */
export const operatorLink = {
  city: 'jambi',
  opd: 'diskominfo',
  person: 'operator-diskominfo',
  next: '/forms/innovation-report/new',
} as const;

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

export const newPhoneContext = (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> => browser.newContext({ ...phone, ...options });

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
 * Runs axe-core on the page as it is now. The pages' CSP allows only their own nonce'd script,
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

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/app/routes.ts';
import { browserScripts } from '#functions/platform/web/browser-scripts.ts';
import {
  launchBrowser,
  newPhoneContext,
  obligationOf,
  operatorLink,
  secretaryLink,
  signInAsDemo,
  signInWithLink,
  smallPdf,
  startTestEngine,
  type TestEngine,
  testCycle,
} from '#test/support/browser.ts';
import { fillInnovationReport } from '#test/support/user-walk.ts';

// Every GET page route, as the engine routes them; each visit is also checked by the e2e setup:
// no console error, no uncaught error (see test/support/page-problems.ts).
const pageRoutes = routes.filter((r) => r.access === 'session' && r.method === 'GET');
const formRoutes = new Set(pageRoutes.filter((r) => r.operation === 'showForm').map((r) => r.path));

let env: TestEngine;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What the operator made through the pages in the first test: the ids the routes are filled with. */
const made = { draftId: '', submissionId: '' };

beforeAll(async () => {
  [env, browser] = await Promise.all([startTestEngine({ cycle: true }), launchBrowser()]);
});

// Closed before the e2e setup checks the pages for console and uncaught errors.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

async function phoneContext(options: Parameters<typeof newPhoneContext>[1] = {}): Promise<BrowserContext> {
  const context = await newPhoneContext(browser, options);
  contexts.push(context);
  return context;
}

const unknownPage = '/halaman-yang-tidak-ada';

/** Real values for each path parameter of the page routes; `proxy` is one path no page has. */
async function parameterValues(): Promise<Record<string, readonly string[]>> {
  return {
    formId: ['innovation-report', 'self-assessment'],
    // A review nobody opened in this engine: the evaluators' page answers that it is not there.
    year: [String(testCycle.year)],
    opd: ['diskominfo'],
    draftId: [made.draftId],
    submissionId: [made.submissionId],
    obligationId: [obligationOf('diskominfo'), obligationOf('dinas-kesehatan')],
    token: [
      (await env.link(operatorLink)).slice('/l/'.length),
      (await env.link(operatorLink, -60)).slice('/l/'.length),
    ],
    // English first, so that the pages after it are in Bahasa Indonesia again.
    lang: ['en', 'id'],
    file: Object.values(browserScripts).map((script) => script.file),
    proxy: [unknownPage.slice(1)],
    // The demo instrument the seed stores.
    instrumentId: ['smart-city'],
    // The city's public selection page: this cycle's selection is not announced in this engine.
    city: ['jambi'],
    version: ['1'],
    // A visit's photo: no visit is drawn in this engine, so its pages answer that it is not there.
    indicator: ['gov-ps-01'],
    photo: ['1'],
    // A program's survey: no program is chosen in this engine, so its pages answer that it is not there.
    code: ['k7m2q9x4ra'],
  };
}

/** Every path of a route, one per combination of its parameters' values. */
function pathsOf(path: string, values: Record<string, readonly string[]>): string[] {
  const parameter = /\{(\w+)\+?\}/.exec(path);
  if (!parameter) return [path];
  const [placeholder, name = ''] = parameter;
  const choices = values[name];
  if (!choices?.length || choices.some((value) => value === ''))
    throw new Error(`No value to visit ${path} with: give the parameter "${name}" one`);
  return choices.flatMap((value) => pathsOf(path.replace(placeholder, value), values));
}

interface Visit {
  path: string;
  status: number;
  /** Whether the page showed the fillable form. */
  form: boolean;
}

/** The paths of the pages that answer with a file: the browser downloads it, and shows no page. */
const downloadRoutes = pageRoutes.filter((r) => r.access === 'session' && r.method === 'GET' && r.download);
const isDownload = (path: string) =>
  downloadRoutes.some((r) => new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path));

/**
 * Opens a page and checks it answered below 500; on a form with scripts, also its live rule. A
 * file to download (to a visitor allowed it) is no page: the browser must download it whole.
 */
async function visit(page: Page, path: string, scripts: boolean): Promise<Visit> {
  const downloading = isDownload(path) ? page.waitForEvent('download', { timeout: 10_000 }) : undefined;
  downloading?.catch(() => undefined);
  const response = await page.goto(`${env.url}${path}`).catch(async (error: unknown) => {
    if (!downloading || !String(error).includes('Download is starting')) throw error;
    const download = await downloading;
    expect(await download.failure(), `${path} downloaded`).toBeNull();
    return undefined;
  });
  if (response === undefined) return { path, status: 200, form: false };
  const status = response?.status() ?? 0;
  expect(status, `${path} answered`).toBeGreaterThan(0);
  expect(status, `${path} answered`).toBeLessThan(500);
  const form = (await page.locator('form[data-form] input[name="status"][value="live"]').count()) > 0;
  if (form && scripts) await showsReachOnceLive(page, path);
  return { path, status, form };
}

/** The page scripts ran: "Jumlah penerima manfaat" shows as soon as the status is "live", no save needed. */
async function showsReachOnceLive(page: Page, path: string): Promise<void> {
  const reached = page.locator('#field-peopleReached');
  expect(await reached.isHidden(), `${path}: people reached before the status is live`).toBe(true);
  await page.locator('input[name="status"][value="live"]').check();
  await expect.poll(() => reached.isVisible(), { message: `${path}: people reached once live` }).toBe(true);
}

interface Visitor {
  who: string;
  /** Signs the fresh page's context in; returns nothing for the anonymous visitor. */
  signIn(page: Page): Promise<unknown>;
  /**
   * The form pages that must show the fillable form (others may show it too, refuse, or lead on),
   * or `none`: no form page may show it.
   */
  fills: readonly ('new' | 'draft')[] | 'none';
}

const demo = (who: string, fills: Visitor['fills'] = []): Visitor => ({
  who,
  signIn: (page) => signInAsDemo(page, env.url, who),
  fills,
});

const visitors: readonly Visitor[] = [
  { who: 'an anonymous visitor', signIn: async () => undefined, fills: 'none' },
  // Rina has a draft: her new form first lists it, and her draft is the form she fills.
  demo('Rina Operator Diskominfo', ['draft']),
  demo('Budi Operator Dinkes', ['new']),
  demo('Kepala Diskominfo'),
  demo('Ridwan Hakim'),
  demo('Admin Smart City'),
  demo('Sekretaris Daerah Kota Jambi'),
  {
    who: "Rina, signed in from her report's link",
    signIn: async (page) => signInWithLink(page, `${env.url}${await env.link(operatorLink)}`),
    fills: ['draft'],
  },
  {
    who: "the city secretary, signed in from an escalation's link",
    signIn: async (page) => signInWithLink(page, `${env.url}${await env.link(secretaryLink)}`),
    fills: 'none',
  },
];

/** Which form pages of the visits showed the fillable form, held against what the visitor must see. */
function expectForms(visits: readonly Visit[], fills: Visitor['fills']): void {
  const shown = visits.filter((v) => v.form).map((v) => (v.path.includes('/drafts/') ? 'draft' : 'new'));
  expect(shown).toEqual(fills === 'none' ? [] : expect.arrayContaining([...fills]));
}

describe('every page, for everyone the start page offers and both kinds of link (phone)', () => {
  it('saves a draft and submits a report as an operator, through the pages', async () => {
    const page = await (await phoneContext({ javaScriptEnabled: false })).newPage();
    await signInAsDemo(page, env.url, 'Rina Operator Diskominfo');

    await page.goto(`${env.url}/forms/innovation-report/new`);
    await fillInnovationReport(page, 'Sikoja');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.waitForURL(/\/forms\/innovation-report\/drafts\/[^/?]+\?saved=1$/);
    made.draftId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    await page.goto(`${env.url}/forms/innovation-report/new?baru=1`);
    await fillInnovationReport(page, 'Lapor Jambi');
    await page.getByLabel('Dokumen bukti').setInputFiles(smallPdf);
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.waitForURL(/\/submissions\/[^/]+$/);
    made.submissionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    expect(made.draftId).not.toBe('');
    expect(made.submissionId).not.toBe('');
    expect(await page.locator('main').textContent()).toContain('Lapor Jambi');
  });

  for (const visitor of visitors) {
    it(`answers every page below 500 without a console or uncaught error, for ${visitor.who}`, async () => {
      const values = await parameterValues();
      const paths = pageRoutes.flatMap((route) => pathsOf(route.path, values));
      const page = await (await phoneContext()).newPage();
      await visitor.signIn(page);

      const visits: Visit[] = [];
      for (const path of paths) visits.push(await visit(page, path, true));
      // The form pages once more without JavaScript, in the same session (no second sign-in).
      const storageState = await page.context().storageState();
      const plain = await (await phoneContext({ javaScriptEnabled: false, storageState })).newPage();
      const formPaths = pageRoutes
        .filter((r) => formRoutes.has(r.path))
        .flatMap((r) => pathsOf(r.path, values));
      const plainVisits: Visit[] = [];
      for (const path of formPaths) plainVisits.push(await visit(plain, path, false));

      // Not found, in every session: a path no page has, and Cognito's pages (none locally).
      const notFound = [unknownPage, '/auth/login', '/auth/callback'];
      expect(visits.filter((v) => notFound.includes(v.path)).map((v) => v.status)).toEqual([404, 404, 404]);
      expectForms(
        visits.filter((v) => formPaths.includes(v.path)),
        visitor.fills,
      );
      expectForms(plainVisits, visitor.fills);
    });
  }
});

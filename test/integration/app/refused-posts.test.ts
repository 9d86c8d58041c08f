import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { maxMultipartBytes } from '#functions/platform/web/post-body.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { smallPdf } from '#test/support/browser.ts';
import { type PageResponse, WebVisitor } from '#test/support/web-visitor.ts';
import {
  answerFields,
  dumpTable,
  fileStoreRoot,
  listFiles,
  multipartBody,
  type Part,
  watchWrites,
} from '#test/support/write-watch.ts';

/*
 * A form page posted without JavaScript carries its evidence file in the post (multipart, the
 * file under `<field path>.file`). The page checks the session, the CSRF token and the draft's
 * owner before it stores the file, and deletes it again when the post is refused after that.
 */

const city = 'jambi';
const year = 2026;
const newForm = `/forms/${formId}/new`;
const boundary = '----siklusRefusedPostBoundary';
const multipartType = `multipart/form-data; boundary=${boundary}`;

/** The evidence is the file alone (no links), so the post means something only with it. */
const { evidenceLinks: _links, ...answers } = makeInnovationAnswers();
const pdf: Part = {
  name: 'evidenceDocument.file',
  filename: smallPdf.name,
  type: smallPdf.mimeType,
  value: smallPdf.buffer,
};

interface SignedIn {
  visitor: WebVisitor;
  csrf: string;
}

let api: RunningApi;
let watch: ReturnType<typeof watchWrites>;
let filesRoot: string;
let diskominfo: SignedIn;
let dinkes: SignedIn;
let dinkesDraft: string;

/** Signs a demo person in through the start page; the session's CSRF token is on the pages it renders. */
async function signIn(person: string): Promise<SignedIn> {
  const visitor = new WebVisitor(api.baseUrl);
  expect((await visitor.demoSignIn(person)).status).toBe(303);
  const csrf = WebVisitor.csrfOf(await visitor.get('/tugas'));
  expect(csrf).not.toBe('');
  return { visitor, csrf };
}

/** The fields the form page posts for `answers`, with its hidden inputs and the submit button. */
const formFields = (csrf: string | undefined, extra: Record<string, string> = {}): [string, string][] => [
  ...(csrf === undefined ? [] : [['_csrf', csrf] as [string, string]]),
  ['formVersion', '1'],
  ['_idempotency', randomUUID()],
  ['_action', 'submit'],
  ...Object.entries(extra),
  ...answerFields(answers),
];

/** A multipart body of `fields` and the evidence file, as a browser without JavaScript sends it. */
const multipart = (fields: [string, string][], file: Part = pdf) =>
  multipartBody([...fields.map(([name, value]) => ({ name, value })), file], boundary);

const postMultipart = (visitor: WebVisitor, path: string, body: Uint8Array) =>
  visitor.request('POST', path, body, multipartType);

/** Every item of the table but the sign-in rate counters, which count refused attempts too. */
const table = () => dumpTable(watch.tableName());

/** Sends `post`, and expects `status` with no new file in the store and no change in the table. */
async function expectRefusedWithoutWrites(status: number, post: () => Promise<PageResponse>) {
  const [tableBefore, filesBefore] = [await table(), listFiles(filesRoot)];
  const response = await post();
  expect(response.status).toBe(status);
  expect(listFiles(filesRoot)).toEqual(filesBefore);
  expect(await table()).toEqual(tableBefore);
  return response;
}

/** Saves a new draft from the form page and answers its id. */
async function saveDraft(person: SignedIn): Promise<string> {
  const fields = formFields(person.csrf).filter(([name]) => name !== '_action');
  const saved = await person.visitor.post(newForm, Object.fromEntries([...fields, ['_action', 'save']]));
  expect(saved.status).toBe(303);
  return /\/drafts\/([^/?]+)/.exec(saved.location ?? '')?.[1] ?? '';
}

/** The submissions of diskominfo's innovation reports, as its operator's API lists them. */
async function submissionCount(): Promise<number> {
  const token = api.ports.issuer.issue({
    sub: 'operator-diskominfo',
    'custom:city': city,
    'custom:opd': 'diskominfo',
    'cognito:groups': ['opd-operator'],
  });
  const listing = await api.withToken(token).get('/api/me/forms');
  expect(listing.status).toBe(200);
  return listing.body.forms.find((form: { formId: string }) => form.formId === formId).submissions.length;
}

/**
 * A new form as a person opens it: with drafts saved already, the page first offers them, and
 * its last link starts a new one anyway. Answers where the form posts and the fields it posts
 * for valid answers: its hidden inputs as rendered, and the submit button.
 */
async function renderNewForm(person: SignedIn) {
  let page = await person.visitor.get(newForm);
  const anyway = /href="(\/forms\/[^"]+\/new\?[^"]+)"/.exec(page.text)?.[1];
  if (!page.text.includes('name="_idempotency"') && anyway)
    page = await person.visitor.get(anyway.replaceAll('&amp;', '&'));
  expect(page.status).toBe(200);
  const form = /<form[^>]*data-form[^>]*>/.exec(page.text)?.[0] ?? '';
  const action = (/action="([^"]+)"/.exec(form)?.[1] ?? '').replaceAll('&amp;', '&');
  const value = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
  const hidden = {
    _csrf: value('_csrf'),
    formVersion: value('formVersion'),
    _idempotency: value('_idempotency'),
  };
  expect(hidden._idempotency).not.toBe('');
  return {
    action,
    fields: { ...Object.fromEntries(answerFields(makeInnovationAnswers())), ...hidden, _action: 'submit' },
  };
}

beforeAll(async () => {
  api = await startApi();
  await seedDemoCity(api.ports.directory, api.ports.people);
  await startCycle(api.ports, api.ports.clock, { city, year });
  const runner = new LocalWorkflowRunner(
    loadWorkflowDefinitions(inject('assemblyDir')),
    createLocalFunctions(api.ports),
    api.ports.clock,
    { retryIntervalMs: 0 },
  );
  expect((await runner.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  watch = watchWrites(api.ports.files);
  filesRoot = await fileStoreRoot(api.ports.files);
  diskominfo = await signIn('operator-diskominfo');
  dinkes = await signIn('operator-dinkes');
  dinkesDraft = await saveDraft(dinkes);
});

afterAll(async () => {
  watch?.restore();
  await api?.stop();
});

describe('refused form posts: no file is stored', () => {
  it('refuses a post without a CSRF token with 403', async () => {
    await expectRefusedWithoutWrites(403, () =>
      postMultipart(diskominfo.visitor, newForm, multipart(formFields(undefined))),
    );
  });

  it('refuses a post with the CSRF token of another session with 403', async () => {
    await expectRefusedWithoutWrites(403, () =>
      postMultipart(diskominfo.visitor, newForm, multipart(formFields(dinkes.csrf))),
    );
  });

  it("answers 404 to a post to another OPD's draft", async () => {
    await expectRefusedWithoutWrites(404, () =>
      postMultipart(
        diskominfo.visitor,
        `/forms/${formId}/drafts/${dinkesDraft}`,
        multipart(formFields(diskominfo.csrf, { revision: '1' })),
      ),
    );
  });

  it('answers 401 to a post without a session', async () => {
    const stranger = new WebVisitor(api.baseUrl);
    await expectRefusedWithoutWrites(401, () =>
      postMultipart(stranger, newForm, multipart(formFields(diskominfo.csrf))),
    );
  });

  it('refuses a post over 4 MB + 256 KB with 413, before its CSRF token is read', async () => {
    const oversize: Part = { ...pdf, value: Buffer.alloc(maxMultipartBytes, 0x25) };
    for (const csrf of [diskominfo.csrf, 'wrong']) {
      const body = multipart(formFields(csrf), oversize);
      expect(body.length).toBeGreaterThan(4 * 1024 * 1024 + 256 * 1024);
      await expectRefusedWithoutWrites(413, () => postMultipart(diskominfo.visitor, newForm, body));
    }
  });

  it('refuses a truncated multipart body with 400', async () => {
    const body = multipart(formFields(diskominfo.csrf));
    const cut = body.indexOf(Buffer.from('%PDF')) + 10;
    await expectRefusedWithoutWrites(400, () =>
      postMultipart(diskominfo.visitor, newForm, body.subarray(0, cut)),
    );
  });

  it('deletes the file it stored when the draft turns out to be stale (409)', async () => {
    // Prepare: a draft of diskominfo, saved once more elsewhere (revision 2)
    const draftId = await saveDraft(diskominfo);
    const draftPath = `/forms/${formId}/drafts/${draftId}`;
    const again = formFields(diskominfo.csrf, { revision: '1' }).filter(([name]) => name !== '_action');
    const saved = await diskominfo.visitor.post(
      draftPath,
      Object.fromEntries([...again, ['_action', 'save']]),
    );
    expect(saved.status).toBe(303);
    const puts = vi.spyOn(api.ports.files, 'put');
    const deletes = vi.spyOn(api.ports.files, 'delete');

    // Act: the page still shows revision 1
    const stale = formFields(diskominfo.csrf, { revision: '1' }).filter(([name]) => name !== '_action');
    await expectRefusedWithoutWrites(409, () =>
      postMultipart(diskominfo.visitor, draftPath, multipart([...stale, ['_action', 'save']])),
    );

    // Assess: it got past the checks, stored the file, and deleted it again
    expect(puts).toHaveBeenCalledTimes(1);
    expect(deletes).toHaveBeenCalledWith(puts.mock.calls[0]?.[0].key);
    puts.mockRestore();
    deletes.mockRestore();
  });

  it('stores the file of an accepted post without JavaScript, for the submission it refers to', async () => {
    // Prepare
    const filesBefore = listFiles(filesRoot);

    // Act
    const response = await postMultipart(diskominfo.visitor, newForm, multipart(formFields(diskominfo.csrf)));

    // Assess
    expect(response.status).toBe(303);
    expect(response.location).toMatch(/^\/submissions\//);
    const added = listFiles(filesRoot).filter((path) => !filesBefore.includes(path));
    expect(added).toEqual([
      expect.stringMatching(/^meta\/evidence\/jambi\/diskominfo\/[\w-]+\.json$/),
      expect.stringMatching(/^objects\/evidence\/jambi\/diskominfo\/[\w-]+$/),
    ]);
    const fileId = added[1]?.split('/').at(-1);
    const submission = [...(await table()).values()]
      .map((item) => JSON.parse(item))
      .find((item) => item.type === 'Submission' && item.answers?.evidenceDocument?.fileId === fileId);
    expect(submission?.answers.evidenceDocument).toMatchObject({
      name: smallPdf.name,
      contentType: 'application/pdf',
      size: smallPdf.buffer.length,
    });
  });
});

describe('page idempotency: one rendered form submits once', () => {
  it('stores one submission for five posts of the same form in a row', async () => {
    // Prepare
    const { action, fields } = await renderNewForm(diskominfo);
    const before = await submissionCount();

    // Act
    const responses: PageResponse[] = [];
    for (let i = 0; i < 5; i++) responses.push(await diskominfo.visitor.post(action, fields));

    // Assess
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(303));
    expect(new Set(responses.map((r) => r.location)).size).toBe(1);
    expect(await submissionCount()).toBe(before + 1);
  });

  it('stores one submission for twenty concurrent posts of the same form', async () => {
    // Prepare
    const { action, fields } = await renderNewForm(diskominfo);
    const before = await submissionCount();

    // Act
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => diskominfo.visitor.post(action, fields)),
    );

    // Assess
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(303));
    expect(new Set(responses.map((r) => r.location)).size).toBe(1);
    expect(await submissionCount()).toBe(before + 1);
  });
});

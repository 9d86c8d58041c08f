import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { WebVisitor } from '#test/support/web-visitor.ts';

let api: RunningApi;
let rina: WebVisitor;
let csrf: string;

const ticket = (browser: WebVisitor, token: string, body: unknown) =>
  fetch(`${api.baseUrl}/uploads`, {
    method: 'POST',
    headers: { cookie: browser.cookieHeader(), 'content-type': 'application/json', 'x-csrf-token': token },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  api = await startApi();
  await seedDemoCity(api.ports.directory, api.ports.people);
  rina = new WebVisitor(api.baseUrl);
  await rina.demoSignIn('operator-diskominfo');
  csrf = WebVisitor.csrfOf(await rina.get('/tugas'));
});

afterAll(async () => {
  await api.stop();
});

describe('the page script’s upload tickets', () => {
  const pdf = { name: 'sk.pdf', contentType: 'application/pdf', size: 1024, sha256: 'a'.repeat(64) };

  it('names a path of the site, so the browser posts to the address it opened the page at', async () => {
    const response = await ticket(rina, csrf, pdf);
    expect(response.status).toBe(201);
    const { upload } = (await response.json()) as { upload: { url: string } };
    expect(upload.url).toMatch(/^\/local-uploads\//);
  });

  it.each([
    [
      'a file type that is not evidence',
      () => ticket(rina, csrf, { ...pdf, name: 'catatan.txt', contentType: 'text/plain' }),
      400,
    ],
    ['a form whose token expired', () => ticket(rina, 'old-token', pdf), 403],
    ['no session', () => ticket(new WebVisitor(api.baseUrl), csrf, pdf), 401],
  ])('answers %s in JSON with the message the page shows, in both languages', async (_, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const { error } = (await response.json()) as { error: { message: Bilingual } };
    expect(error.message.id.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
  });
});

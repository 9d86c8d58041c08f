import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '#infra/local/seed.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { WebVisitor } from '#test/support/web-visitor.ts';

let api: RunningApi;

/** The hidden inputs of the form on a page, as a browser would post them back. */
function hiddenFields(text: string): Record<string, string> {
  const form = /<form[^>]*data-form[^>]*>(.*?)<\/form>/s.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

beforeAll(async () => {
  api = await startApi();
  await seedDemoCity(api.ports.directory, api.ports.people);
});

afterAll(async () => {
  await api.stop();
});

describe('form page: what a refused save keeps', () => {
  it('keeps the answers of a tab whose draft was saved elsewhere, and lets them be saved again', async () => {
    // Prepare: one draft, opened in two tabs of the same session
    const rina = new WebVisitor(api.baseUrl);
    await rina.demoSignIn('operator-diskominfo');
    const blank = await rina.get('/forms/innovation-report/new');
    const created = await rina.post('/forms/innovation-report/new', {
      ...hiddenFields(blank.text),
      name: 'Sikoja',
      _action: 'save',
    });
    const draftPath = (created.location ?? '').replace(/\?.*$/, '');
    expect(draftPath).toMatch(/^\/forms\/innovation-report\/drafts\//);
    const first = hiddenFields((await rina.get(draftPath)).text);
    const second = hiddenFields((await rina.get(draftPath)).text);
    expect((await rina.post(draftPath, { ...first, name: 'Sikoja versi A', _action: 'save' })).status).toBe(
      303,
    );

    // Act
    const conflict = await rina.post(draftPath, { ...second, name: 'Sikoja versi B', _action: 'save' });

    // Assess: B is shown, not lost, against the draft's latest revision
    expect(conflict.status).toBe(409);
    expect(conflict.text).toContain('telah diubah di tab atau perangkat lain');
    expect(conflict.text).toContain('value="Sikoja versi B"');
    const again = hiddenFields(conflict.text);
    expect(Number(again.revision)).toBeGreaterThan(Number(second.revision));
    expect((await rina.post(draftPath, { ...again, name: 'Sikoja versi B', _action: 'save' })).status).toBe(
      303,
    );
    expect((await rina.get(draftPath)).text).toContain('value="Sikoja versi B"');
  });

  it('keeps what was typed when the form’s token no longer matches, and stores nothing', async () => {
    const rina = new WebVisitor(api.baseUrl);
    await rina.demoSignIn('operator-diskominfo');
    const blank = await rina.get('/forms/innovation-report/new');
    const before = await api.dump();

    const refused = await rina.post('/forms/innovation-report/new', {
      ...hiddenFields(blank.text),
      _csrf: 'an-old-token',
      name: 'Lapor Jambi',
      _action: 'save',
    });

    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Formulir ini sudah kedaluwarsa');
    expect(refused.text).toContain('value="Lapor Jambi"');
    expect(WebVisitor.csrfOf(refused)).not.toBe('an-old-token');
    const after = (await api.dump()).filter((item) => item.type !== 'RateCounter');
    expect(after).toEqual(before.filter((item) => item.type !== 'RateCounter'));
  });
});

describe('form page: who is offered a form', () => {
  it('shows an OPD’s draft to an evaluator to read, and offers no empty form to fill', async () => {
    const rina = new WebVisitor(api.baseUrl);
    await rina.demoSignIn('operator-diskominfo');
    const blank = await rina.get('/forms/innovation-report/new?baru=1');
    const saved = await rina.post('/forms/innovation-report/new', {
      ...hiddenFields(blank.text),
      name: 'Sikoja',
      _action: 'save',
    });
    const draftPath = (saved.location ?? '').replace(/\?.*$/, '');
    const evaluator = new WebVisitor(api.baseUrl);
    await evaluator.demoSignIn('evaluator');

    const draft = await evaluator.get(draftPath);
    const empty = await evaluator.get('/forms/innovation-report/new');

    expect(draft.status).toBe(200);
    expect(draft.text).toContain('Sikoja');
    expect(draft.text).not.toContain('data-form');
    expect(draft.text).toContain('hanya operator dan kepala OPD yang mengisi');
    expect(empty.status).toBe(403);
    expect(empty.text).not.toContain('data-form');
  });

  it('shows the form again with what was typed when a posted file is of a type no evidence may be', async () => {
    const rina = new WebVisitor(api.baseUrl);
    await rina.demoSignIn('operator-diskominfo');
    const blank = await rina.get('/forms/innovation-report/new?baru=1');
    const form = new FormData();
    for (const [name, value] of Object.entries({
      ...hiddenFields(blank.text),
      name: 'Lapor Jambi',
      _action: 'save',
    }))
      form.append(name, value);
    form.append('evidenceDocument.file', new Blob(['Catatan rapat.'], { type: 'text/plain' }), 'catatan.txt');
    const before = (await api.dump()).filter((item) => item.type !== 'RateCounter');

    const response = await fetch(`${api.baseUrl}/forms/innovation-report/new`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: rina.cookieHeader() },
      body: form,
    });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).toContain('value="Lapor Jambi"');
    expect(text).toMatch(/id="field-evidenceDocument-error"[^>]*>.*Berkas harus berupa PDF/s);
    expect((await api.dump()).filter((item) => item.type !== 'RateCounter')).toEqual(before);
  });
});

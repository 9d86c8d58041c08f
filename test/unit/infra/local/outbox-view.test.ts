import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { toMime } from '#functions/platform/mail/mime.ts';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';
import { serveOutbox } from '#infra/local/outbox-page.ts';

const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

const makeMessage = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: 'operator@diskominfo.jambi.example.go.id',
  subject: 'Tenggat 30 Oktober: Laporan Inovasi · Diskominfo',
  html: '<!doctype html><html lang="id"><head><title>t</title></head><body style="margin:0"><h1 style="color:#0b3d6e">Evaluasi dimulai</h1><p style="margin:0 0 16px">Isi &amp; kirim.</p></body></html>',
  text: 'Evaluasi dimulai\n\nIsi & kirim.',
  senderName: 'Tim Smart City Kota Jambi',
  replyTo: 'smartcity@jambi.example.go.id',
  attachments: [
    { filename: 'tenggat.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics },
  ],
  idempotencyKey: 'kickoff#1',
  ...overrides,
});

const eml = (message: EmailMessage, date: string) =>
  toMime(message, {
    from: 'Siklus <no-reply@siklus.example.org>',
    messageId: '<k.1@siklus.example.org>',
    date: new Date(date),
  });

const older = '2026-01-05T01-00-00-000Z-0123456789abcdef-a1b2c3.eml';
const newer = '2026-01-06T03-30-00-000Z-0123456789abcdef-d4e5f6.eml';
const files: Record<string, string> = {
  [older]: eml(makeMessage(), '2026-01-05T01:00:00Z'),
  [newer]: eml(
    makeMessage({
      subject: 'Pengingat',
      replyTo: undefined,
      attachments: undefined,
      html: '<p>"><script>alert(1)</script></p>',
    }),
    '2026-01-06T03:30:00Z',
  ),
};
const stem = (name: string) => name.replace(/\.eml$/, '');

/** The outbox of the two emails; it records every name it is asked to read. */
function makeOutbox() {
  const reads: string[] = [];
  return {
    reads,
    list: () => Object.keys(files).sort(),
    read: (name: string) => {
      reads.push(name);
      const file = files[name];
      if (file === undefined) throw new Error(`no ${name}`);
      return file;
    },
  };
}

/** The status, headers and body that `serveOutbox` wrote, once it has answered. */
async function served(pathname: string, timeZone?: string) {
  const written = { status: 0, headers: {} as Record<string, string>, body: '' as string | Buffer };
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      Object.assign(written, { status, headers });
      return this;
    },
    end(body: string | Buffer) {
      written.body = body;
      return this;
    },
  };
  const outbox = makeOutbox();
  await serveOutbox(pathname, response as unknown as ServerResponse, outbox, timeZone);
  return { ...written, text: written.body.toString(), reads: outbox.reads };
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the outbox list', () => {
  it('lists the emails newest first, with times in WIB and links to each page and raw file', async () => {
    const { status, text } = await served('/outbox');
    expect(status).toBe(200);
    expect(text.indexOf('Pengingat')).toBeLessThan(text.indexOf('Laporan Inovasi'));
    expect(text).toContain(
      '<time datetime="2026-01-05T01:00:00.000Z">Senin, 5 Januari 2026 08.00 WIB</time>',
    );
    expect(text).toContain('Selasa, 6 Januari 2026 10.30 WIB');
    expect(text).toContain(`href="/outbox/${stem(older)}"`);
    expect(text).toContain(`href="/outbox/${older}">Unduh .eml <span lang="en">/ Download .eml</span>`);
    expect(text).not.toContain('GMT');
  });

  it('shows the times in the zone it is given', async () => {
    expect((await served('/outbox', 'Asia/Makassar')).text).toContain('Senin, 5 Januari 2026 09.00 WITA');
  });
});

describe('an email of the outbox', () => {
  it('shows its headers, times in WIB, its HTML in a sandboxed frame and its text behind a toggle', async () => {
    const { status, headers, text } = await served(`/outbox/${stem(older)}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text).toContain('<h1>Tenggat 30 Oktober: Laporan Inovasi · Diskominfo</h1>');
    expect(text).toContain('Tim Smart City Kota Jambi &lt;no-reply@siklus.example.org&gt;');
    expect(text).toContain(
      '<dt>Balas ke <span lang="en">/ Reply-To</span></dt><dd>smartcity@jambi.example.go.id</dd>',
    );
    expect(text).toContain('<dd>operator@diskominfo.jambi.example.go.id</dd>');
    expect(text).toContain('Senin, 5 Januari 2026 08.00 WIB');
    const frame = /<iframe [^>]*>/.exec(text)?.[0] ?? '';
    expect(frame).toContain('sandbox="allow-top-navigation-by-user-activation"');
    expect(frame).toContain(
      'srcdoc="&lt;!doctype html&gt;&lt;html lang=&quot;id&quot;&gt;&lt;head&gt;&lt;base target=&quot;_top&quot;&gt;',
    );
    expect(text).toMatch(
      /<details><summary>Teks biasa <span lang="en">\/ Plain text<\/span><\/summary><pre>Evaluasi dimulai\n\nIsi &amp; kirim.\n?<\/pre><\/details>/,
    );
    expect(text).toContain(`<a href="/outbox/${stem(older)}/0">tenggat.ics</a>`);
    expect(text).toContain(`href="/outbox/${older}"`);
  });

  it('allows exactly its own inline style, the email styles by hash, and no script', async () => {
    const { headers, text } = await served(`/outbox/${stem(older)}`);
    const policy = headers['content-security-policy'] ?? '';
    const style = /<style>([^<]*)<\/style>/.exec(text)?.[1] ?? '';
    const styleSrc = policy.split('; ').find((d) => d.startsWith('style-src ')) ?? '';
    expect(styleSrc.split(' ').sort()).toEqual(
      [
        'style-src',
        sha(style),
        "'unsafe-hashes'",
        sha('margin:0'),
        sha('color:#0b3d6e'),
        sha('margin:0 0 16px'),
      ].sort(),
    );
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('script-src');
  });

  it('keeps the markup of an email inside its frame', async () => {
    const { text } = await served(`/outbox/${stem(newer)}`);
    expect(text).not.toContain('<script');
    expect(text).toContain('srcdoc="&lt;base target=&quot;_top&quot;&gt;&lt;p&gt;&quot;&gt;&lt;script&gt;');
    expect(text).not.toContain('Balas ke');
    expect(text).not.toContain('Lampiran');
  });

  it('serves an attachment as a download of its own type, an .ics as a calendar', async () => {
    const { status, headers, text } = await served(`/outbox/${stem(older)}/0`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(headers['content-disposition']).toBe(
      `attachment; filename="tenggat.ics"; filename*=UTF-8''tenggat.ics`,
    );
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; /);
    expect(text).toBe(ics);
  });

  it('serves the raw email as a download', async () => {
    const { status, headers, text } = await served(`/outbox/${older}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('message/rfc822; charset=utf-8');
    expect(headers['content-disposition']).toBe(`attachment; filename="${older}"`);
    expect(text).toBe(files[older]);
  });

  it.each([
    ['an attachment it does not have', `/outbox/${stem(older)}/1`],
    ['an index that is not a number', `/outbox/${stem(older)}/x`],
    ['an empty index', `/outbox/${stem(older)}/`],
    ['a path below an attachment', `/outbox/${stem(older)}/0/0`],
    ['an attachment of a raw name', `/outbox/${older}/0`],
    ['an encoded slash', `/outbox/${stem(older)}%2F0`],
  ])('answers %s with 404 and the security headers', async (_case, pathname) => {
    const { status, headers } = await served(pathname);
    expect(status).toBe(404);
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; /);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('reads no file the outbox does not list', async () => {
    for (const pathname of ['/outbox/other', '/outbox/other/0', `/outbox/..%2F${stem(older)}`]) {
      const { status, reads } = await served(pathname);
      expect(status).toBe(404);
      expect(reads).toEqual([]);
    }
  });

  it('answers an undecodable attachment index with 400', async () => {
    expect((await served(`/outbox/${stem(older)}/%ZZ`)).status).toBe(400);
  });
});

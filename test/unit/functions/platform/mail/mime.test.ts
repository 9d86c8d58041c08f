import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { toMime } from '#functions/platform/mail/mime.ts';
import { MimeHeaderError } from '#functions/platform/mail/mime-headers.ts';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';

const makeMessage = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: 'operator@diskominfo.jambi.example.go.id',
  subject: 'Pengingat',
  html: '<p>Halo</p>',
  text: 'Halo',
  idempotencyKey: 'obl-2026-diskominfo-inovasi#1#D-7#operator-diskominfo',
  ...overrides,
});

const makeEnvelope = (overrides: Partial<Parameters<typeof toMime>[1]> = {}) => ({
  from: 'Siklus <no-reply@siklus.example.org>',
  messageId: '<0123456789abcdef.1796114096000@siklus.local>',
  date: new Date('2026-12-01T08:54:56.789Z'),
  ...overrides,
});

const parse = (mime: string) => PostalMime.parse(mime, { attachmentEncoding: 'utf8' });

/** The lines of the message's own header section (part headers excluded). */
const headerLines = (mime: string) => mime.slice(0, mime.indexOf('\r\n\r\n')).split('\r\n');

/** One header with its folded lines, as written. */
const rawHeader = (mime: string, name: string) =>
  new RegExp(`^${name}:.*(?:\r\n[ \t].*)*`, 'm').exec(mime)?.[0] ?? '';

const encodedWords = (text: string) => text.match(/=\?[^?\s]+\?[BQ]\?[^?\s]*\?=/g) ?? [];

/** Throws unless `word`, decoded alone, is whole UTF-8: no character is split across two words. */
const decodeAlone = (word: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(word.slice(10, -2), 'base64'));

const longIndonesianSubject =
  'Pengingat: Laporan Inovasi Dinas Komunikasi dan Informatika — tenggat 30 Oktober 2026 (7 hari lagi) ✓';

describe('toMime', () => {
  it('round-trips a long non-ASCII subject in encoded words of at most 75 characters', async () => {
    // Prepare
    const message = makeMessage({ subject: longIndonesianSubject });

    // Act
    const mime = toMime(message, makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    expect(parsed.subject).toBe(longIndonesianSubject);
    const words = encodedWords(rawHeader(mime, 'Subject'));
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(() => decodeAlone(word)).not.toThrow();
    }
    expect(words.map(decodeAlone).join('')).toBe(longIndonesianSubject);
    for (const line of headerLines(mime)) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('folds a long ASCII subject at its spaces and keeps it readable', async () => {
    // Prepare
    const subject =
      'Terlambat: Dinas Komunikasi dan Informatika belum mengirim Laporan Inovasi Daerah (tenggat Jumat, 13 November 2026)';

    // Act
    const mime = toMime(makeMessage({ subject }), makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    const header = rawHeader(mime, 'Subject');
    expect(header.split('\r\n').length).toBeGreaterThan(1);
    expect(encodedWords(header)).toEqual([]);
    expect(header.replace(/\r\n/g, '')).toBe(`Subject: ${subject}`);
    for (const line of headerLines(mime)) expect(line.length).toBeLessThanOrEqual(78);
    expect(parsed.subject).toBe(subject);
  });

  it('writes a short ASCII subject as it is', () => {
    // Act
    const mime = toMime(makeMessage({ subject: 'Pengingat' }), makeEnvelope());

    // Assess
    expect(rawHeader(mime, 'Subject')).toBe('Subject: Pengingat');
  });

  it('encodes ASCII text that a reader would otherwise decode or trim', async () => {
    // Prepare
    const subjects = ['=?UTF-8?B?SGFsbw==?=', '  spasi di depan', 'dua  spasi', 'tab\tdi tengah'];

    for (const subject of subjects) {
      // Act
      const mime = toMime(makeMessage({ subject }), makeEnvelope());

      // Assess
      expect((await parse(mime)).subject).toBe(subject);
    }
  });

  it('round-trips non-ASCII display names in From and To', async () => {
    // Prepare
    const from = 'Dinas Komunikasi dan Informatika — Kota Jambi <diskominfo@jambi.example.go.id>';
    const to = 'Ibu Siti Nurhaliza Müller, S.Kom. <siti@diskominfo.jambi.example.go.id>';

    // Act
    const mime = toMime(makeMessage({ to }), makeEnvelope({ from }));
    const parsed = await parse(mime);

    // Assess
    expect(parsed.from).toEqual({
      name: 'Dinas Komunikasi dan Informatika — Kota Jambi',
      address: 'diskominfo@jambi.example.go.id',
    });
    expect(parsed.to).toEqual([
      { name: 'Ibu Siti Nurhaliza Müller, S.Kom.', address: 'siti@diskominfo.jambi.example.go.id' },
    ]);
    expect(mime).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const word of encodedWords(mime)) expect(word.length).toBeLessThanOrEqual(75);
    for (const line of headerLines(mime)) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('quotes an ASCII display name that holds specials', async () => {
    // Prepare
    const to = 'Kepala Dinas, "Pak Budi" <kepala@dinas.example.go.id>';

    // Act
    const mime = toMime(makeMessage({ to }), makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    expect(rawHeader(mime, 'To')).toBe('To: "Kepala Dinas, \\"Pak Budi\\"" <kepala@dinas.example.go.id>');
    expect(parsed.to).toEqual([{ name: 'Kepala Dinas, "Pak Budi"', address: 'kepala@dinas.example.go.id' }]);
  });

  it('writes plain addresses and atom display names as they are', () => {
    // Act
    const mime = toMime(makeMessage(), makeEnvelope());

    // Assess
    expect(rawHeader(mime, 'From')).toBe('From: Siklus <no-reply@siklus.example.org>');
    expect(rawHeader(mime, 'To')).toBe('To: operator@diskominfo.jambi.example.go.id');
  });

  it.each([
    ['a To header with a line break', { to: 'a@example.org\r\nBcc: victim@example.org' }, {}],
    ['a To header with a bare LF', { to: 'a@example.org\nBcc: victim@example.org' }, {}],
    ['a From header with a line break', {}, { from: 'Siklus <a@example.org>\r\nBcc: victim@example.org' }],
    ['a Subject with a line break', { subject: 'Pengingat\r\nBcc: victim@example.org' }, {}],
    ['a Subject with a bare CR', { subject: 'Pengingat\rBcc: victim@example.org' }, {}],
    ['a Subject with a NUL', { subject: 'Pengingat\0' }, {}],
    ['a non-ASCII Subject with a line break', { subject: 'Pengingat — \nBcc: victim@example.org' }, {}],
    ['a display name with a line break', { to: 'Evil\r\nBcc: victim@example.org <a@example.org>' }, {}],
    [
      'an attachment file name with a line break',
      { attachments: [{ filename: 'a.ics\r\nX-Evil: 1', contentType: 'text/calendar', content: 'x' }] },
      {},
    ],
    [
      'an attachment content type with a line break',
      { attachments: [{ filename: 'a.ics', contentType: 'text/calendar\r\nX-Evil: 1', content: 'x' }] },
      {},
    ],
    ['a Message-ID with a line break', {}, { messageId: '<a@b>\r\nX-Evil: 1' }],
  ])('refuses %s', (_title, message, envelope) => {
    // Act
    const act = () => toMime(makeMessage(message), makeEnvelope(envelope));

    // Assess
    expect(act).toThrow(MimeHeaderError);
    expect(act).toThrow(expect.objectContaining({ name: 'MimeHeaderError' }));
  });

  it('writes an opaque reference of the business key, never the key, so no key can add a header', () => {
    // Act
    const eml = toMime(makeMessage({ idempotencyKey: 'jambi.2026.bappeda\r\nX-Evil: 1' }), makeEnvelope({}));

    // Assess
    expect(eml).not.toContain('X-Evil');
    expect(eml).not.toContain('jambi.2026.bappeda');
    expect(eml).toMatch(/\r\nX-Siklus-Ref: [0-9a-f]{24}\r\n/);
    expect(eml).toContain('\r\nAuto-Submitted: auto-generated\r\n');
  });

  it.each([
    'two@@example.org',
    'no-at.example.org',
    'a b@example.org',
    'pengguna@contoh example.org',
    'ü@example.org',
    'a@example.org, b@example.org',
    'Name <a@example.org',
    'Name <<a@example.org>>',
    '',
  ])('refuses %j as an address', (to) => {
    expect(() => toMime(makeMessage({ to }), makeEnvelope())).toThrow(MimeHeaderError);
  });

  it('writes the Date with a numeric zone', async () => {
    // Act
    const mime = toMime(makeMessage(), makeEnvelope());

    // Assess
    expect(rawHeader(mime, 'Date')).toBe('Date: Tue, 01 Dec 2026 08:54:56 +0000');
    expect((await parse(mime)).date).toBe('2026-12-01T08:54:56.000Z');
  });

  it('refuses an invalid date', () => {
    expect(() => toMime(makeMessage(), makeEnvelope({ date: new Date(Number.NaN) }))).toThrow(
      MimeHeaderError,
    );
  });

  it('round-trips an attachment with a long non-ASCII file name', async () => {
    // Prepare
    const filename = 'Tenggat — Laporan Inovasi Daerah (Dinas Komunikasi dan Informatika) ✓ 2026.ics';
    const content = 'BEGIN:VCALENDAR\r\nSUMMARY:Tenggat Laporan Inovasi — Diskominfo\r\nEND:VCALENDAR\r\n';
    const message = makeMessage({
      attachments: [{ filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content }],
    });

    // Act
    const mime = toMime(message, makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({
      filename,
      mimeType: 'text/calendar',
      disposition: 'attachment',
      method: 'PUBLISH',
      // The parser gives calendars back with LF line ends.
      content: content.replace(/\r\n/g, '\n'),
    });
    const disposition = rawHeader(mime, 'Content-Disposition');
    const fallback = 'Tenggat _ Laporan Inovasi Daerah (Dinas Komunikasi dan Informatika) _ 2026.ics';
    expect(disposition).toContain(`filename="${fallback}"`);
    expect(disposition).toContain("filename*0*=UTF-8''Tenggat%20%E2%80%94%20");
    expect(mime).toMatch(/^[\x20-\x7e\r\n]*$/);
    // A quoted parameter cannot fold, so only the ASCII fallback for old readers may run long.
    const long = mime.split('\r\n').filter((line) => line.length > 78);
    expect(long).toEqual([` name="${fallback}";`, ` filename="${fallback}";`]);
  });

  it('escapes quotes in an ASCII attachment file name', async () => {
    // Prepare
    const filename = 'Laporan "final" \\ revisi.ics';
    const message = makeMessage({ attachments: [{ filename, contentType: 'text/calendar', content: 'x' }] });

    // Act
    const mime = toMime(message, makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    expect(rawHeader(mime, 'Content-Disposition')).toBe(
      'Content-Disposition: attachment;\r\n filename="Laporan \\"final\\" \\\\ revisi.ics"',
    );
    expect(parsed.attachments[0]?.filename).toBe(filename);
  });

  it('round-trips the text and HTML parts, in base64 lines of 76 characters', async () => {
    // Prepare
    const text = `Yth. Bapak/Ibu,\n\nLaporan Inovasi Daerah jatuh tempo — ${'tinggal 7 hari lagi. '.repeat(20)}\n✓ Siklus`;
    const html = `<!doctype html><html lang="id"><body><p>Yth. Bapak/Ibu — ${'<b>7 hari</b> '.repeat(30)}</p></body></html>`;

    // Act
    const mime = toMime(makeMessage({ text, html }), makeEnvelope());
    const parsed = await parse(mime);

    // Assess
    expect(parsed.text).toBe(text);
    expect(parsed.html).toBe(html);
    const body = mime.slice(mime.indexOf('\r\n\r\n'));
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(mime).toContain('Content-Type: multipart/mixed; boundary="mixed-0123456789abcdef"');
    expect(mime).toContain('Content-Type: multipart/alternative; boundary="alt-0123456789abcdef"');
    expect(mime.endsWith('--mixed-0123456789abcdef--\r\n')).toBe(true);
  });

  it('round-trips any subject without control characters within the line and word limits', async () => {
    const unit = fc.constantFrom(
      ' ',
      ' ',
      'a',
      'Z',
      '9',
      '-',
      '=',
      '?',
      '"',
      '\t',
      'é',
      '—',
      '✓',
      '😀',
      '\u200d',
    );
    const subject = fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 150, size: 'max' }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 200, size: 'max' }),
        fc.string({ unit, maxLength: 200, size: 'max' }),
      )
      .map((text) => text.replace(/[^\P{Cc}\t]/gu, ''));

    await fc.assert(
      fc.asyncProperty(subject, async (text) => {
        // Act
        const mime = toMime(makeMessage({ subject: text }), makeEnvelope());
        const parsed = await parse(mime);

        // Assess
        expect(parsed.subject ?? '').toBe(text);
        const header = rawHeader(mime, 'Subject');
        for (const word of encodedWords(header)) expect(word.length).toBeLessThanOrEqual(75);
        for (const line of header.split('\r\n')) {
          // Only a plain ASCII word too long for any line may overrun it: folding cannot break it.
          const content = line.replace(/^Subject:/, '').trimStart();
          if (line.length > 78) expect(content).toMatch(/^[\x21-\x7e]+$/);
          if (line.length > 78) expect(encodedWords(content)).toEqual([]);
        }
      }),
    );
  });
});

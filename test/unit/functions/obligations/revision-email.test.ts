import { describe, expect, it } from 'vitest';
import { revisionRequestedEmail } from '#functions/obligations/mail/change-emails.ts';
import type { ObligationMail } from '#functions/obligations/mail/obligation-mail.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

const now = new Date('2026-12-07T03:04:05Z');

const makeMail = (overrides: Partial<ObligationMail> = {}): ObligationMail => ({
  lang: 'id',
  recipientName: 'Rina Marlina',
  cityName: 'Kota Jambi',
  opdName: 'Dinas Komunikasi dan Informatika',
  formTitle: { id: 'Register Risiko Program Quick Win', en: 'Quick-win program risk register' },
  dueDate: '2026-12-18',
  dueInstant: new Date('2026-12-18T16:59:59.999Z'),
  timeZone: 'Asia/Jakarta',
  obligationId: 'jambi.2026.diskominfo.risk-register',
  link: 'https://siklus.jambikota.go.id/l/eyJhbGciOi.sig?next=%2Fforms&x=1',
  deadlineVersion: 2,
  domain: 'siklus.jambikota.go.id',
  ...overrides,
});

const note = 'Lengkapi <b>mitigasi</b> risiko server & "cadangan data".';
const escapedNote = 'Lengkapi &lt;b&gt;mitigasi&lt;/b&gt; risiko server &amp; &quot;cadangan data&quot;.';
const email = (lang: Lang, overrides: Partial<ObligationMail> = {}) =>
  revisionRequestedEmail(makeMail({ lang, ...overrides }), { note, now });

describe('revisionRequestedEmail', () => {
  it('says in Bahasa Indonesia that a revision is asked, by when, in the subject and the body', () => {
    const { subject, text, html } = email('id');
    expect(subject).toBe(
      'Revisi diminta, paling lambat 18 Desember: Register Risiko Program Quick Win · Dinas Komunikasi dan Informatika',
    );
    expect(text).toContain('\n\nRevisi diminta\n\nYth. Rina Marlina,\n\n');
    expect(text).toContain(
      'Dengan hormat, tim evaluasi Smart City Kota Jambi telah meninjau Register Risiko Program Quick Win Dinas Komunikasi dan Informatika dan meminta perbaikan sebelum dapat menerimanya. Mohon kirimkan kembali paling lambat Jumat, 18 Desember 2026 pukul 23.59 WIB.',
    );
    expect(text).toContain(
      [
        'Formulir: Register Risiko Program Quick Win',
        'OPD: Dinas Komunikasi dan Informatika',
        `Yang perlu diperbaiki: ${note}`,
        'Tenggat revisi: Jumat, 18 Desember 2026 pukul 23.59 WIB',
      ].join('\n'),
    );
    expect(html).toContain('<html lang="id"');
    expect(html).toContain('Jumat, 18 Desember 2026 pukul 23.59 WIB');
    expect(text).toContain('Nomor rujukan: jambi.2026.diskominfo.risk-register.');
  });

  it('says it in English', () => {
    const { subject, text, html } = email('en');
    expect(subject).toBe(
      'Revision due 18 December: Quick-win program risk register · Dinas Komunikasi dan Informatika',
    );
    expect(text).toContain('\n\nRevision requested\n\nDear Rina Marlina,\n\n');
    expect(text).toContain(
      "The Kota Jambi Smart City evaluation team has reviewed Dinas Komunikasi dan Informatika's Quick-win program risk register and asks for changes before it can accept it. Please submit it again by Friday, 18 December 2026 at 23:59 WIB.",
    );
    expect(text).toContain(
      [
        'Form: Quick-win program risk register',
        'OPD: Dinas Komunikasi dan Informatika',
        `What to revise: ${note}`,
        'Revise by: Friday, 18 December 2026 at 23:59 WIB',
      ].join('\n'),
    );
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Friday, 18 December 2026 at 23:59 WIB');
    expect(text).not.toContain('Tenggat revisi');
  });

  it.each([
    ['id', 'Yang perlu diperbaiki'],
    ['en', 'What to revise'],
  ] as const)(
    'escapes the note in the HTML part and keeps it as written in the text part, in %s',
    (lang, label) => {
      const { text, html } = email(lang);
      expect(html).toContain(
        `${label}:</th><td style="padding:4px 0;vertical-align:top">${escapedNote}</td>`,
      );
      expect(html).not.toContain('<b>');
      expect(html).not.toContain('"cadangan data"');
      expect(text).toContain(`${label}: ${note}\n`);
      expect(text).not.toContain('&lt;');
    },
  );

  it.each([
    ['id', 'Buka formulir'],
    ['en', 'Open the form'],
  ] as const)('links to the form in both parts, in %s', (lang, label) => {
    const mail = makeMail({ lang });
    const { text, html } = revisionRequestedEmail(mail, { note, now });
    expect(text).toContain(`${label}:\n${mail.link}\n`);
    expect(html).toContain(`href="${mail.link.replace(/&/g, '&amp;')}"`);
    expect(html).toContain(`>${label}</a>`);
  });

  it.each([
    ['id', 'tenggat.ics', 'Tenggat Register Risiko Program Quick Win (Dinas Komunikasi dan Informatika)'],
    ['en', 'deadline.ics', 'Deadline: Quick-win program risk register (Dinas Komunikasi dan Informatika)'],
  ] as const)(
    'attaches the new deadline as %s %s, updating the entry the OPD holds',
    (lang, filename, summary) => {
      const { attachments, text } = email(lang, { deadlineVersion: 3 });
      expect(attachments).toHaveLength(1);
      const [attachment] = attachments ?? [];
      expect(attachment?.filename).toBe(filename);
      expect(attachment?.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
      const content = String(attachment?.content);
      expect(content).toContain('\r\nMETHOD:PUBLISH\r\n');
      expect(content).toContain('DTSTART;VALUE=DATE:20261218\r\n');
      expect(content).toContain('DTSTAMP:20261207T030405Z\r\n');
      expect(content).toContain('\r\nSEQUENCE:3\r\n');
      expect(content).toContain('\r\nUID:jambi.2026.diskominfo.risk-register@siklus.jambikota.go.id\r\n');
      // Long lines are folded at 75 octets: a CRLF and a space to take out.
      expect(content.replace(/\r\n /g, '')).toContain(`\r\nSUMMARY:${summary}\r\n`);
      expect(text).toContain(filename);
    },
  );

  it('writes the deadline in the zone of the city', () => {
    const { text } = email('id', {
      timeZone: 'Asia/Jayapura',
      dueInstant: new Date('2026-12-18T14:59:59.999Z'),
    });
    expect(text).toContain('Tenggat revisi: Jumat, 18 Desember 2026 pukul 23.59 WIT');
  });

  it('escapes the names it writes too', () => {
    const { html, text } = email('en', { opdName: '<i>Dinas</i>' });
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;i&gt;Dinas&lt;/i&gt;');
    expect(text).toContain('OPD: <i>Dinas</i>');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => email('id', { link: 'javascript:alert(1)' })).toThrow(InvalidInputError);
  });
});

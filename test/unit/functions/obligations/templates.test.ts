import { describe, expect, it } from 'vitest';
import { innovationReportKind } from '#functions/obligations/kinds/innovation-report.ts';
import type { ObligationMail } from '#functions/obligations/mail/obligation-mail.ts';
import { escalationEmail, kickoffEmail, reminderEmail } from '#functions/obligations/mail/templates.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { EmailContent } from '#functions/platform/mail/layout.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

const now = new Date('2026-11-01T01:02:03Z');

const makeMail = (overrides: Partial<ObligationMail> = {}): ObligationMail => ({
  lang: 'id',
  recipientName: 'Rina Marlina',
  cityName: 'Kota Jambi',
  opdName: 'Dinas Komunikasi dan Informatika',
  formTitle: { id: 'Laporan Inovasi Daerah', en: 'Regional Innovation Report' },
  dueDate: '2026-11-13',
  dueInstant: new Date('2026-11-13T16:59:59.999Z'),
  timeZone: 'Asia/Jakarta',
  obligationId: 'obl-2026-diskominfo-inovasi',
  link: 'https://siklus.jambikota.go.id/l/eyJhbGciOi.sig?next=%2Fforms&x=1',
  deadlineVersion: 2,
  domain: 'siklus.jambikota.go.id',
  ...overrides,
});

/** The kick-off of an innovation report: with the note its kind adds. */
const innovationKickoff = (mail: ObligationMail) =>
  kickoffEmail(mail, { now, note: innovationReportKind.mail.kickoffNote });

type Template = (mail: ObligationMail) => EmailContent;
const templates: [name: string, template: Template][] = [
  ['kick-off', innovationKickoff],
  ['D-30 reminder', (mail) => reminderEmail(mail, { slot: 'D-30', daysLeft: 30, now })],
  ['D-7 reminder', (mail) => reminderEmail(mail, { slot: 'D-7', daysLeft: 7, now })],
  ['D-1 reminder', (mail) => reminderEmail(mail, { slot: 'D-1', daysLeft: 1, now })],
  ['D-0 reminder', (mail) => reminderEmail(mail, { slot: 'D-0', daysLeft: 0, now })],
  ['head escalation', (mail) => escalationEmail(mail, { level: 'opd-head', missedSince: '2026-11-14' })],
  [
    'secretary escalation',
    (mail) => escalationEmail(mail, { level: 'city-secretary', missedSince: '2026-11-14' }),
  ],
];
const cases = templates.flatMap(([name, template]) =>
  (['id', 'en'] as const).map((lang) => ({ name, lang, template })),
);

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
/** What a reader sees of an HTML part: no markup, entities decoded, spaces collapsed. */
const visibleText = (markup: string): string =>
  markup
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ');

describe('obligation email templates', () => {
  it.each(cases.filter((c) => !c.name.startsWith('D-30') && !c.name.startsWith('D-1')))(
    'renders the $name email in $lang as before',
    ({ lang, template }) => {
      expect(template(makeMail({ lang }))).toMatchSnapshot();
    },
  );

  it.each(cases)('puts the link in both parts of the $name email in $lang', ({ lang, template }) => {
    const mail = makeMail({ lang });
    const email = template(mail);
    expect(email.text).toContain(`\n${mail.link}\n`);
    expect(email.html).toContain(`href="${mail.link.replace(/&/g, '&amp;')}"`);
  });

  it.each(cases)(
    'names the form and the OPD in a subject a phone shows whole, for the $name email in $lang',
    ({ lang, template }) => {
      const { subject } = template(makeMail({ lang }));
      expect(subject).toContain(lang === 'id' ? 'Laporan Inovasi Daerah' : 'Regional Innovation Report');
      expect(subject).toMatch(/ · Dinas Komunikasi dan Informatika$/);
      expect(subject.length).toBeLessThanOrEqual(78);
    },
  );

  it.each(cases)(
    'writes in the text part what the HTML part says in the $name email in $lang',
    ({ lang, template }) => {
      const email = template(makeMail({ lang }));
      const seen = visibleText(email.html);
      const lines = email.text.split('\n').filter((line) => line !== '');
      expect(lines.length).toBeGreaterThan(8);
      for (const line of lines) expect(seen).toContain(line.replace(/:$/, ''));
      expect(email.html).toContain(`<html lang="${lang}"`);
      expect(email.html).toContain(`<title>${email.subject}</title>`);
    },
  );

  it.each(cases)(
    'escapes markup in the names it writes into the $name email in $lang',
    ({ lang, template }) => {
      const email = template(
        makeMail({ lang, opdName: '<script>alert("opd")</script>', recipientName: 'Budi "<b>" & Co' }),
      );
      expect(email.html).not.toContain('<script');
      expect(email.html).not.toContain('<b>');
      expect(email.html).toContain('&lt;script&gt;alert(&quot;opd&quot;)&lt;/script&gt;');
      expect(email.html).toContain('Budi &quot;&lt;b&gt;&quot; &amp; Co');
      expect(email.text).toContain('<script>alert("opd")</script>');
    },
  );

  it.each(cases)('refuses a link that is not http(s) in the $name email in $lang', ({ lang, template }) => {
    expect(() => template(makeMail({ lang, link: 'javascript:alert(1)' }))).toThrow(InvalidInputError);
  });
});

describe('calendar attachment', () => {
  it.each([
    ['id', 'tenggat.ics'],
    ['en', 'deadline.ics'],
  ] as const)('attaches the deadline as %s %s to the kick-off and the reminders', (lang, filename) => {
    for (const email of [
      kickoffEmail(makeMail({ lang }), { now }),
      reminderEmail(makeMail({ lang }), { slot: 'D-14', daysLeft: 14, now }),
    ]) {
      expect(email.attachments).toHaveLength(1);
      const [attachment] = email.attachments!;
      expect(attachment?.filename).toBe(filename);
      expect(attachment?.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
      expect(attachment?.content).toContain('DTSTART;VALUE=DATE:20261113\r\n');
      expect(attachment?.content).toContain('DTSTAMP:20261101T010203Z\r\n');
      expect(email.text).toContain(filename);
    }
  });

  it('numbers the calendar entry with the deadline version under one UID', () => {
    const before = kickoffEmail(makeMail({ deadlineVersion: 2 }), { now }).attachments![0]!.content;
    const moved = reminderEmail(
      makeMail({
        deadlineVersion: 3,
        dueDate: '2026-11-20',
        dueInstant: new Date('2026-11-20T16:59:59.999Z'),
      }),
      {
        slot: 'D-7',
        daysLeft: 7,
        now,
      },
    ).attachments![0]!.content;
    expect(before).toContain('\r\nSEQUENCE:2\r\n');
    expect(moved).toContain('\r\nSEQUENCE:3\r\n');
    expect(moved).toContain('\r\nUID:obl-2026-diskominfo-inovasi@siklus.jambikota.go.id\r\n');
    expect(before).toContain('\r\nUID:obl-2026-diskominfo-inovasi@siklus.jambikota.go.id\r\n');
  });

  it('attaches nothing to an escalation', () => {
    const email = escalationEmail(makeMail(), { level: 'opd-head', missedSince: '2026-11-14' });
    expect(email.attachments).toBeUndefined();
    expect(email.text).not.toContain('.ics');
  });
});

describe('reminderEmail', () => {
  const remind = (lang: Lang, slot: 'D-1' | 'D-0' | 'D-7', daysLeft: number) =>
    reminderEmail(makeMail({ lang }), { slot, daysLeft, now });

  it('says one day is left, tomorrow, at D-1', () => {
    expect(remind('id', 'D-1', 1).text).toContain(
      'Tinggal 1 hari lagi: Laporan Inovasi Daerah untuk Dinas Komunikasi dan Informatika harus dikirim paling lambat besok, Jumat, 13 November 2026 pukul 23.59 WIB.',
    );
    expect(remind('id', 'D-1', 1).subject).toBe(
      'Besok tenggat: Laporan Inovasi Daerah · Dinas Komunikasi dan Informatika',
    );
    expect(remind('en', 'D-1', 1).text).toContain('1 day left: Regional Innovation Report');
    expect(remind('en', 'D-1', 1).text).toContain('is due tomorrow, Friday, 13 November 2026 at 23:59 WIB.');
    expect(remind('en', 'D-1', 1).subject).toBe(
      'Due tomorrow: Regional Innovation Report · Dinas Komunikasi dan Informatika',
    );
  });

  it('says today is the day at D-0', () => {
    expect(remind('id', 'D-0', 0).text).toContain('Hari ini batas waktunya');
    expect(remind('id', 'D-0', 0).text).toContain(
      'Hari ini, Jumat, 13 November 2026 pukul 23.59 WIB, adalah batas waktu',
    );
    expect(remind('en', 'D-0', 0).text).toContain('Today is the day');
    expect(remind('en', 'D-0', 0).subject).toBe(
      'Due today: Regional Innovation Report · Dinas Komunikasi dan Informatika',
    );
    expect(remind('en', 'D-0', 0).text).not.toMatch(/days? left/);
  });

  it('counts the days actually left when the reminder moved off a weekend', () => {
    expect(remind('id', 'D-7', 9).subject).toBe(
      '9 hari lagi: Laporan Inovasi Daerah · Dinas Komunikasi dan Informatika',
    );
    expect(remind('en', 'D-7', 9).text).toContain(
      'You have 9 days left to submit Regional Innovation Report',
    );
  });

  it('says a draft is saved only when there is one, with when and by whom', () => {
    const none = remind('id', 'D-7', 7).text;
    const saved = reminderEmail(makeMail(), {
      slot: 'D-7',
      daysLeft: 7,
      now,
      draft: { savedAt: new Date('2026-11-02T03:15:00Z'), savedBy: 'Rina Marlina' },
    }).text;
    expect(none).toContain('OPD Anda belum menyimpan draf formulir ini');
    expect(none).not.toContain('terakhir disimpan');
    expect(saved).toContain(
      'Draf OPD Anda terakhir disimpan Senin, 2 November 2026 10.15 WIB oleh Rina Marlina',
    );
  });

  it("says when the draft was saved in the zone of the OPD's city", () => {
    const makassar = { timeZone: 'Asia/Makassar', dueInstant: new Date('2026-11-13T15:59:59.999Z') };
    const saved = reminderEmail(makeMail(makassar), {
      slot: 'D-7',
      daysLeft: 7,
      now,
      draft: { savedAt: new Date('2026-11-02T03:15:00Z'), savedBy: 'Rina Marlina' },
    }).text;
    expect(saved).toContain(
      'Draf OPD Anda terakhir disimpan Senin, 2 November 2026 11.15 WITA oleh Rina Marlina',
    );
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s days left', (daysLeft) => {
    expect(() => reminderEmail(makeMail(), { slot: 'D-7', daysLeft, now })).toThrow(InvalidInputError);
  });

  it.each([
    ['Asia/Makassar', '2026-11-13T15:59:59.999Z', 'pukul 23.59 WITA', 'at 23:59 WITA'],
    ['Asia/Jayapura', '2026-11-13T14:59:59.999Z', 'pukul 23.59 WIT', 'at 23:59 WIT'],
  ])('writes the deadline in the zone of %s', (timeZone, instant, id, en) => {
    const mail = { timeZone, dueInstant: new Date(instant) };
    expect(reminderEmail(makeMail(mail), { slot: 'D-7', daysLeft: 7, now }).text).toContain(
      `Tenggat: Jumat, 13 November 2026 ${id}`,
    );
    expect(
      reminderEmail(makeMail({ ...mail, lang: 'en' }), { slot: 'D-7', daysLeft: 7, now }).html,
    ).toContain(`Friday, 13 November 2026 ${en}`);
  });
});

describe('kickoffEmail', () => {
  it('states the yearly innovation target of an innovation report', () => {
    expect(innovationKickoff(makeMail()).text).toContain('sedikitnya satu inovasi setiap tahun');
    expect(innovationKickoff(makeMail({ lang: 'en' })).text).toContain('at least one innovation each year');
  });

  it('says nothing of innovations for a kind that adds no note', () => {
    for (const lang of ['id', 'en'] as const) {
      const { text } = kickoffEmail(makeMail({ lang }), { now });
      expect(text).not.toMatch(/inovasi setiap tahun|innovation each year/);
      expect(text).toContain(
        lang === 'id' ? '\nMohon isi formulir seakurat mungkin' : '\nPlease fill in the form as accurately',
      );
    }
  });
});

describe('escalationEmail', () => {
  it('tells the head of the OPD that a late submission is still accepted', () => {
    const email = escalationEmail(makeMail(), { level: 'opd-head', missedSince: '2026-11-14' });
    expect(email.subject).toBe('Terlambat: Laporan Inovasi Daerah · Dinas Komunikasi dan Informatika');
    expect(email.text).toContain('Kiriman terlambat masih diterima sampai tahap ini ditutup');
    expect(email.text).toContain('Terlambat sejak: Sabtu, 14 November 2026');
  });

  it('tells the city secretary that the head was notified before', () => {
    const email = escalationEmail(makeMail({ lang: 'en' }), {
      level: 'city-secretary',
      missedSince: '2026-11-14',
    });
    expect(email.subject).toMatch(/^Escalation: /);
    expect(email.text).toContain('City Secretary of Kota Jambi');
    expect(email.text).toContain('A late submission is still accepted until this phase closes');
  });
});

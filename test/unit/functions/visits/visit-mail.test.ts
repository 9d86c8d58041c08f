import { describe, expect, it } from 'vitest';
import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { EmailContent } from '#functions/platform/mail/layout.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { instantAt } from '#functions/platform/time/calendar.ts';
import { visitUid } from '#functions/visits/mail/visit-ics.ts';
import {
  type VisitInvitationEvent,
  type VisitMail,
  type VisitOccasion,
  visitEmail,
  visitInvitation,
} from '#functions/visits/mail/visit-mail.ts';
import type { Visit, VisitProposal } from '#functions/visits/visit-model.ts';

const city: City = {
  city: 'jambi',
  name: 'Kota Jambi',
  timeZone: 'Asia/Jakarta',
  secretary: 'p-sekda',
  team: { name: 'Tim Smart City Kota Jambi', email: 'smartcity@jambikota.go.id' },
};
const opd: Opd = {
  city: 'jambi',
  opd: 'diskominfo',
  name: 'Dinas Komunikasi dan Informatika',
  kind: 'dinas',
};
const link = 'https://siklus.jambikota.go.id/l/eyJhbGciOi.sig?next=%2Fvisits&x=1';

const makeSlot = (overrides: Partial<VisitProposal> = {}): VisitProposal => ({
  date: '2026-11-16',
  start: '09:00',
  end: '12:00',
  place: 'Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat No. 1',
  side: 'team',
  by: 'ev-ana',
  at: '2026-11-02T03:00:00.000Z',
  ...overrides,
});

const makeVisit = (overrides: Partial<Visit> = {}): Visit => ({
  city: 'jambi',
  year: 2026,
  opd: 'diskominfo',
  visitId: '2026.diskominfo',
  reason: { kind: 'drawn', position: 3 },
  drawNumber: 1,
  team: ['ev-ana', 'ev-budi'],
  status: 'proposed',
  slot: makeSlot(),
  sequence: 2,
  revision: 3,
  openedAt: '2026-10-20T02:00:00.000Z',
  updatedAt: '2026-11-02T03:00:00.000Z',
  ...overrides,
});

const makePerson = (language: Lang): Person => ({
  city: 'jambi',
  personId: 'p-rina',
  name: 'Rina Marlina',
  email: 'rina@jambikota.go.id',
  role: 'opd-head',
  opd: 'diskominfo',
  language,
});

/** The visit each occasion is sent for: a proposal waits, a confirmation and a reminder are agreed. */
const visitFor = (occasion: VisitOccasion, side: 'team' | 'opd' = 'team'): Visit => {
  switch (occasion) {
    case 'proposed':
      return makeVisit({ slot: makeSlot({ side }) });
    case 'confirmed':
    case 'reminder':
      return makeVisit({
        status: 'confirmed',
        sequence: 3,
        confirmed: { by: 'p-rina', at: '2026-11-03T03:00:00.000Z' },
      });
    case 'cancelled':
      return makeVisit({ status: 'cancelled', sequence: 4 });
  }
};

const makeMail = (overrides: Partial<VisitMail> = {}): VisitMail => ({
  city,
  opd,
  visit: makeVisit(),
  person: makePerson('id'),
  teamNames: ['Ana Wijaya', 'Budi Santoso'],
  occasion: 'proposed',
  link,
  timeZoneLabel: 'WIB',
  ...overrides,
});

const makeIcs = (overrides: Partial<VisitInvitationEvent> = {}): VisitInvitationEvent => ({
  uid: visitUid('jambi', '2026.diskominfo', 'siklus.jambikota.go.id'),
  now: new Date('2026-11-02T03:04:05Z'),
  organizer: { name: 'Tim Smart City Kota Jambi', email: 'smartcity@jambikota.go.id' },
  attendees: [
    { name: 'Rina Marlina', email: 'rina@jambikota.go.id' },
    { name: 'Ana Wijaya', email: 'ana@jambikota.go.id' },
    { name: 'Budi Santoso', email: 'budi@jambikota.go.id' },
  ],
  start: instantAt('2026-11-16', '09:00', 'Asia/Jakarta'),
  end: instantAt('2026-11-16', '12:00', 'Asia/Jakarta'),
  ...overrides,
});

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

const opdName = 'Dinas Komunikasi dan Informatika';
const when = {
  id: 'Senin, 16 November 2026, pukul 09.00–12.00 WIB, di Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat No. 1',
  en: 'Monday, 16 November 2026, 09:00–12:00 WIB, at Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat No. 1',
};

/** Each email, in each language: its subject, the sentence that says what happened, and the status row. */
const cases: {
  name: string;
  occasion: VisitOccasion;
  side?: 'team' | 'opd';
  lang: Lang;
  subject: string;
  body: string;
  status: string;
}[] = [
  {
    name: 'team proposal',
    occasion: 'proposed',
    lang: 'id',
    subject: `Usulan jadwal kunjungan evaluasi ke ${opdName}: 16 November`,
    body: `Tim evaluasi Smart City Kota Jambi mengusulkan kunjungan evaluasi ke ${opdName} pada ${when.id}. Mohon kesediaan Kepala ${opdName} untuk mengonfirmasi tanggal tersebut atau mengusulkan tanggal lain melalui halaman kunjungan.`,
    status: 'Status: Menunggu konfirmasi OPD',
  },
  {
    name: 'team proposal',
    occasion: 'proposed',
    lang: 'en',
    subject: `Proposed date for the evaluation visit to ${opdName}: 16 November`,
    body: `The Kota Jambi Smart City evaluation team proposes to visit ${opdName} on ${when.en}. The head of ${opdName} is asked to confirm this date or propose another on the visit page.`,
    status: "Status: Awaiting the OPD's confirmation",
  },
  {
    name: 'OPD proposal',
    occasion: 'proposed',
    side: 'opd',
    lang: 'id',
    subject: `Usulan jadwal pengganti kunjungan evaluasi dari ${opdName}: 16 November`,
    body: `${opdName} mengusulkan jadwal lain untuk kunjungan evaluasi, yaitu ${when.id}. Mohon kesediaan tim evaluasi untuk mengonfirmasi tanggal tersebut atau mengusulkan tanggal lain melalui halaman kunjungan.`,
    status: 'Status: Menunggu konfirmasi tim evaluasi',
  },
  {
    name: 'OPD proposal',
    occasion: 'proposed',
    side: 'opd',
    lang: 'en',
    subject: `${opdName} proposes another date for the evaluation visit: 16 November`,
    body: `${opdName} proposes another date for the evaluation visit instead: ${when.en}. The evaluation team is asked to confirm it or propose another date on the visit page.`,
    status: "Status: Awaiting the team's confirmation",
  },
  {
    name: 'confirmation',
    occasion: 'confirmed',
    lang: 'id',
    subject: `Kunjungan evaluasi ke ${opdName} dikonfirmasi: 16 November`,
    body: `Kunjungan evaluasi ke ${opdName} telah dikonfirmasi dan akan dilaksanakan pada ${when.id}.`,
    status: 'Status: Terkonfirmasi',
  },
  {
    name: 'confirmation',
    occasion: 'confirmed',
    lang: 'en',
    subject: `Evaluation visit to ${opdName} confirmed: 16 November`,
    body: `The evaluation visit to ${opdName} is confirmed for ${when.en}.`,
    status: 'Status: Confirmed',
  },
  {
    name: 'reminder',
    occasion: 'reminder',
    lang: 'id',
    subject: `Pengingat: kunjungan evaluasi ke ${opdName}, Senin, 16 November 2026`,
    body: `Dengan hormat, kami mengingatkan bahwa kunjungan evaluasi ke ${opdName} akan dilaksanakan pada ${when.id}.`,
    status: 'Status: Terkonfirmasi',
  },
  {
    name: 'reminder',
    occasion: 'reminder',
    lang: 'en',
    subject: `Reminder: evaluation visit to ${opdName}, Monday, 16 November 2026`,
    body: `This is a reminder that the evaluation visit to ${opdName} takes place on ${when.en}.`,
    status: 'Status: Confirmed',
  },
  {
    name: 'cancellation',
    occasion: 'cancelled',
    lang: 'id',
    subject: `Kunjungan evaluasi ke ${opdName} dibatalkan`,
    body: `Kunjungan evaluasi ke ${opdName} yang direncanakan pada ${when.id}, dibatalkan karena hasil pengundian OPD yang dikunjungi berubah. Kunjungan ini tidak perlu dipersiapkan lagi.`,
    status: 'Status: Dibatalkan',
  },
  {
    name: 'cancellation',
    occasion: 'cancelled',
    lang: 'en',
    subject: `Evaluation visit to ${opdName} cancelled`,
    body: `The evaluation visit to ${opdName} planned for ${when.en}, is cancelled because the draw of the OPDs to visit has changed. There is nothing left to prepare.`,
    status: 'Status: Cancelled',
  },
];

const mailOf = (c: (typeof cases)[number], overrides: Partial<VisitMail> = {}): VisitMail =>
  makeMail({
    occasion: c.occasion,
    visit: visitFor(c.occasion, c.side),
    person: makePerson(c.lang),
    ...overrides,
  });

/** Every text an email carries: subject, both parts and the calendar file. */
const allText = (email: EmailContent): string =>
  [email.subject, email.text, email.html, ...(email.attachments ?? []).map((a) => a.content)].join('\n');

describe('visitEmail', () => {
  it.each(cases)('writes the $name in $lang with its subject and what happened', (c) => {
    // Act
    const email = visitEmail(mailOf(c));

    // Assess
    expect(email.subject).toBe(c.subject);
    expect(email.text).toContain(`\n${c.subject}\n`);
    expect(email.text).toContain(`\n${c.body}\n`);
    expect(visibleText(email.html)).toContain(c.body);
    expect(email.html).toContain(`<html lang="${c.lang}"`);
    expect(email.html).toContain(`<title>${c.subject}</title>`);
  });

  it.each(cases)('states the facts of the visit in the $name in $lang', (c) => {
    const { text } = visitEmail(mailOf(c));
    const id = c.lang === 'id';
    const rows = id
      ? [
          `OPD: ${opdName}`,
          'Tanggal: Senin, 16 November 2026',
          'Waktu: 09.00–12.00 WIB',
          'Tempat: Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat No. 1',
          'Tim evaluasi: Ana Wijaya, Budi Santoso',
          c.status,
        ]
      : [
          `OPD: ${opdName}`,
          'Date: Monday, 16 November 2026',
          'Time: 09:00–12:00 WIB',
          'Place: Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat No. 1',
          'Team: Ana Wijaya, Budi Santoso',
          c.status,
        ];
    expect(text).toContain(`\n${rows.join('\n')}\n`);
    expect(text).toContain(id ? '\nYth. Rina Marlina,\n' : '\nDear Rina Marlina,\n');
  });

  it.each(cases)('links to the visit page, behind sign-in, in the $name in $lang', (c) => {
    const email = visitEmail(mailOf(c));
    const id = c.lang === 'id';
    expect(email.text).toContain(`\n${id ? 'Buka kunjungan' : 'Open the visit'}:\n${link}\n`);
    expect(email.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
    expect(email.text).toContain(
      id
        ? 'Halaman kunjungan terbuka setelah Anda masuk dengan akun Siklus Anda.'
        : 'The visit page opens once you sign in with your Siklus account.',
    );
    expect(email.senderName).toBe('Tim Smart City Kota Jambi');
    expect(email.replyTo).toBe('smartcity@jambikota.go.id');
    expect(email.attachments).toBeUndefined();
  });

  it.each(cases)('leaks no undefined or NaN into the $name in $lang, with or without a calendar', (c) => {
    // A proposal without proposer or note, and a team the email names nobody of.
    const bare = mailOf(c, { teamNames: [] });
    for (const email of [
      visitEmail(bare),
      visitInvitation(bare, makeIcs()),
      visitInvitation(mailOf(c), makeIcs()),
    ])
      expect(allText(email)).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it.each(['id', 'en'] as const)('names the proposer and their note in a proposal in %s', (lang) => {
    const visit = makeVisit({ slot: makeSlot({ side: 'opd', note: 'Kepala dinas bertugas ke luar kota.' }) });
    const { text } = visitEmail(
      makeMail({ visit, person: makePerson(lang), proposerName: 'Hendra Gunawan' }),
    );
    expect(text).toContain(
      lang === 'id' ? '\nUsulan ini disampaikan oleh Hendra Gunawan.\n' : '\nProposed by Hendra Gunawan.\n',
    );
    expect(text).toContain(
      lang === 'id'
        ? '\nCatatan dari pengusul: Kepala dinas bertugas ke luar kota.\n'
        : '\nNote from the proposer: Kepala dinas bertugas ke luar kota.\n',
    );
  });

  it.each(['id', 'en'] as const)(
    'leaves the date rows out of a visit cancelled before a date, in %s',
    (lang) => {
      // Prepare
      const mail = makeMail({
        occasion: 'cancelled',
        visit: makeVisit({ status: 'cancelled', slot: undefined }),
        person: makePerson(lang),
      });

      // Act
      const { subject, text } = visitEmail(mail);

      // Assess
      expect(subject).toBe(
        lang === 'id'
          ? `Kunjungan evaluasi ke ${opdName} dibatalkan`
          : `Evaluation visit to ${opdName} cancelled`,
      );
      expect(text).toContain(
        lang === 'id'
          ? `\nKunjungan evaluasi ke ${opdName} dibatalkan karena hasil pengundian OPD yang dikunjungi berubah.`
          : `\nThe evaluation visit to ${opdName} is cancelled because the draw of the OPDs to visit has changed.`,
      );
      expect(text).not.toMatch(/^(Tanggal|Waktu|Tempat|Date|Time|Place):/m);
      expect(text).toContain(lang === 'id' ? '\nStatus: Dibatalkan\n' : '\nStatus: Cancelled\n');
      expect(visitInvitation(mail, makeIcs())).toEqual(visitEmail(mail));
    },
  );

  it('escapes markup in the names it writes into the HTML part', () => {
    const email = visitEmail(
      makeMail({ opd: { ...opd, name: '<script>alert("opd")</script>' }, teamNames: ['Budi "<b>" & Co'] }),
    );
    expect(email.html).not.toContain('<script');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;opd&quot;)&lt;/script&gt;');
    expect(email.text).toContain('Tim evaluasi: Budi "<b>" & Co');
  });

  it.each<[string, Partial<VisitMail>]>([
    ['a link that is not http(s)', { link: 'javascript:alert(1)' }],
    ['a confirmation of a visit still proposed', { occasion: 'confirmed' }],
    ['a reminder of a visit still proposed', { occasion: 'reminder' }],
    ['a proposal of a cancelled visit', { visit: makeVisit({ status: 'cancelled' }) }],
    ['a proposal without a date', { visit: makeVisit({ slot: undefined }) }],
    ['a start time that is not HH:MM', { visit: makeVisit({ slot: makeSlot({ start: '9:00' }) }) }],
    ['an end before the start', { visit: makeVisit({ slot: makeSlot({ start: '13:00', end: '12:00' }) }) }],
    ['an impossible date', { visit: makeVisit({ slot: makeSlot({ date: '2026-02-30' }) }) }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => visitEmail(makeMail(overrides))).toThrow(InvalidInputError);
  });
});

describe('visitInvitation', () => {
  it.each([
    ['proposed', 'REQUEST', 'TENTATIVE', '2'],
    ['confirmed', 'REQUEST', 'CONFIRMED', '3'],
    ['reminder', 'REQUEST', 'CONFIRMED', '3'],
    ['cancelled', 'CANCEL', 'CANCELLED', '4'],
  ] as const)(
    'attaches the %s visit as METHOD:%s, STATUS:%s, SEQUENCE:%s',
    (occasion, method, status, sequence) => {
      // Act
      const email = visitInvitation(makeMail({ occasion, visit: visitFor(occasion) }), makeIcs());

      // Assess
      expect(email.attachments).toHaveLength(1);
      const [file] = email.attachments ?? [];
      expect(file?.filename).toBe('kunjungan-evaluasi.ics');
      expect(file?.contentType).toBe(`text/calendar; method=${method}; charset=UTF-8`);
      const lines = file?.content.replace(/\r\n /g, '').split('\r\n') ?? [];
      expect(lines).toEqual(
        expect.arrayContaining([
          `METHOD:${method}`,
          `STATUS:${status}`,
          `SEQUENCE:${sequence}`,
          'UID:visit.jambi.2026.diskominfo@siklus.jambikota.go.id',
          'DTSTART:20261116T020000Z',
          'DTEND:20261116T050000Z',
          'LOCATION:Ruang rapat Diskominfo\\, Jl. Jend. Basuki Rahmat No. 1',
          `URL:${link}`,
          'ORGANIZER;CN="Tim Smart City Kota Jambi":mailto:smartcity@jambikota.go.id',
          'ATTENDEE;CN="Budi Santoso";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:budi@jambikota.go.id',
        ]),
      );
      expect(lines.includes('TRIGGER:-P1D')).toBe(method === 'REQUEST');
    },
  );

  it.each(cases)('keeps the $name email in $lang and says what the calendar file does', (c) => {
    const mail = mailOf(c);
    const plain = visitEmail(mail);
    const email = visitInvitation(mail, makeIcs());
    expect(email.subject).toBe(plain.subject);
    expect(email.text).toContain(`\n${c.body}\n`);
    const id = c.lang === 'id';
    const hint =
      c.occasion === 'cancelled'
        ? id
          ? 'Berkas kalender terlampir (kunjungan-evaluasi.ics) menghapus kunjungan ini dari kalender Anda.'
          : 'The attached calendar file (kunjungan-evaluasi.ics) removes the visit from your calendar.'
        : id
          ? 'Undangan kalender terlampir (kunjungan-evaluasi.ics); buka berkas tersebut untuk menambahkan kunjungan ini ke kalender Anda.'
          : 'The calendar invitation is attached (kunjungan-evaluasi.ics); open it to add the visit to your calendar.';
    expect(email.text).toContain(`\n${hint}`);
    expect(email.text.includes(id ? 'tercatat sebagai sementara' : 'shows as tentative')).toBe(
      c.occasion === 'proposed',
    );
    expect(email.attachments?.[0]?.content).toContain(
      id ? 'SUMMARY:Kunjungan evaluasi Smart City ke Dinas' : 'SUMMARY:Smart City evaluation visit to Dinas',
    );
  });

  it('computes the slot’s instants in the city’s zone and invites from its team when not given', () => {
    // Prepare: Kota Makassar keeps WITA, an hour ahead of WIB
    const makassar: City = { ...city, timeZone: 'Asia/Makassar' };
    const { start: _start, end: _end, organizer: _organizer, ...ics } = makeIcs();

    // Act
    const email = visitInvitation(makeMail({ city: makassar, timeZoneLabel: 'WITA' }), ics);

    // Assess
    const lines = email.attachments?.[0]?.content.replace(/\r\n /g, '').split('\r\n') ?? [];
    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART:20261116T010000Z',
        'DTEND:20261116T040000Z',
        'ORGANIZER;CN="Tim Smart City Kota Jambi":mailto:smartcity@jambikota.go.id',
      ]),
    );
    expect(email.text).toContain('\nWaktu: 09.00–12.00 WITA\n');
  });

  it('refuses to invite from a city without a Smart City team address', () => {
    const { team: _team, ...noTeam } = city;
    const { organizer: _organizer, ...ics } = makeIcs();
    expect(() => visitInvitation(makeMail({ city: noTeam }), ics)).toThrow(InvalidInputError);
  });

  it.each<[string, Partial<VisitInvitationEvent>]>([
    ['a start at 09:00 UTC instead of 09:00 WIB', { start: new Date('2026-11-16T09:00:00Z') }],
    ['an end on another day', { end: instantAt('2026-11-17', '12:00', 'Asia/Jakarta') }],
    ['an invalid start', { start: new Date(Number.NaN) }],
    ['an attendee that is no address', { attendees: [{ name: 'Ana', email: 'ana' }] }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => visitInvitation(makeMail(), makeIcs(overrides))).toThrow(InvalidInputError);
  });
});

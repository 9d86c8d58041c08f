import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText } from '#functions/obligations/mail/ics.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { instantAt } from '#functions/platform/time/calendar.ts';
import { type VisitEvent, visitIcs, visitUid } from '#functions/visits/mail/visit-ics.ts';

const makeEvent = (overrides: Partial<VisitEvent> = {}): VisitEvent => ({
  uid: visitUid('jambi', '2026.diskominfo', 'siklus.jambikota.go.id'),
  sequence: 3,
  now: new Date('2026-11-02T03:04:05.678Z'),
  method: 'REQUEST',
  status: 'TENTATIVE',
  start: instantAt('2026-11-16', '09:00', 'Asia/Jakarta'),
  end: instantAt('2026-11-16', '12:00', 'Asia/Jakarta'),
  summary: 'Kunjungan evaluasi Smart City ke Dinas Komunikasi dan Informatika',
  description: 'Tim evaluasi mengusulkan kunjungan.\nhttps://siklus.example/l/abc',
  location: 'Ruang rapat Diskominfo',
  url: 'https://siklus.example/l/abc?x=1&y=2',
  organizer: { name: 'Tim Smart City Kota Jambi', email: 'smartcity@jambikota.go.id' },
  attendees: [
    { name: 'Rina Marlina', email: 'rina@jambikota.go.id' },
    { name: 'Ana Wijaya', email: 'ana@jambikota.go.id' },
  ],
  ...overrides,
});

/** The content lines of an iCalendar text, folded lines joined again. */
const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');
const property = (ics: string, name: string): string | undefined =>
  unfold(ics)
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '');

describe('visitUid', () => {
  it('names the city and the visit in the deployment’s domain', () => {
    expect(visitUid('jambi', '2026.diskominfo', 'siklus.jambikota.go.id')).toBe(
      'visit.jambi.2026.diskominfo@siklus.jambikota.go.id',
    );
  });
});

describe('visitIcs', () => {
  it('writes one timed request in UTC with its organizer, attendees and an alarm a day before', () => {
    // Act
    const ics = visitIcs(makeEvent());

    // Assess
    const lines = unfold(ics);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Siklus//Smart City evaluation//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:visit.jambi.2026.diskominfo@siklus.jambikota.go.id',
        'SEQUENCE:3',
        'DTSTAMP:20261102T030405Z',
        'DTSTART:20261116T020000Z',
        'DTEND:20261116T050000Z',
        'LOCATION:Ruang rapat Diskominfo',
        'URL:https://siklus.example/l/abc?x=1&y=2',
        'ORGANIZER;CN="Tim Smart City Kota Jambi":mailto:smartcity@jambikota.go.id',
        'STATUS:TENTATIVE',
        'TRANSP:OPAQUE',
      ]),
    );
    expect(lines.filter((line) => line.startsWith('ATTENDEE'))).toEqual([
      'ATTENDEE;CN="Rina Marlina";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:rina@jambikota.go.id',
      'ATTENDEE;CN="Ana Wijaya";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:ana@jambikota.go.id',
    ]);
    expect(lines.slice(-8)).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Kunjungan evaluasi Smart City ke Dinas Komunikasi dan Informatika',
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it.each([
    ['Asia/Jakarta', '20261116T020000Z'],
    ['Asia/Makassar', '20261116T010000Z'],
    ['Asia/Jayapura', '20261116T000000Z'],
  ])('writes 09:00 in %s as %s', (timeZone, utc) => {
    const start = instantAt('2026-11-16', '09:00', timeZone);
    const ics = visitIcs(makeEvent({ start, end: new Date(start.getTime() + 3 * 3600_000) }));
    expect(property(ics, 'DTSTART')).toBe(utc);
  });

  it('uses CRLF line endings and no bare line feed', () => {
    const ics = visitIcs(makeEvent({ description: 'baris satu\nbaris dua\r\nbaris tiga' }));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(property(ics, 'DESCRIPTION')).toBe('baris satu\\nbaris dua\\nbaris tiga');
  });

  it('writes a confirmed visit as a confirmed request with the same UID and a higher SEQUENCE', () => {
    const proposed = visitIcs(makeEvent());
    const confirmed = visitIcs(makeEvent({ status: 'CONFIRMED', sequence: 4 }));
    expect(property(confirmed, 'STATUS')).toBe('CONFIRMED');
    expect(property(confirmed, 'METHOD')).toBe('REQUEST');
    expect(property(confirmed, 'SEQUENCE')).toBe('4');
    expect(property(confirmed, 'UID')).toBe(property(proposed, 'UID'));
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, naming organizer and attendees, without an alarm', () => {
    const ics = visitIcs(makeEvent({ method: 'CANCEL', status: 'CANCELLED', sequence: 5 }));
    expect(property(ics, 'METHOD')).toBe('CANCEL');
    expect(property(ics, 'STATUS')).toBe('CANCELLED');
    expect(property(ics, 'SEQUENCE')).toBe('5');
    expect(property(ics, 'ORGANIZER')).toBe('mailto:smartcity@jambikota.go.id');
    expect(unfold(ics).filter((line) => line.startsWith('ATTENDEE;'))).toHaveLength(2);
    expect(ics).not.toContain('VALARM');
    expect(ics).not.toContain('TRIGGER');
  });

  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    const ics = visitIcs(
      makeEvent({ summary: 'a\\b;c,d', location: 'Ruang 1, Lt. 2; Jl. A\\B\nBlok C', description: 'x,y' }),
    );
    expect(property(ics, 'SUMMARY')).toBe('a\\\\b\\;c\\,d');
    expect(property(ics, 'LOCATION')).toBe('Ruang 1\\, Lt. 2\\; Jl. A\\\\B\\nBlok C');
    expect(property(ics, 'DESCRIPTION')).toBe('x\\,y');
  });

  it('folds every line at 75 octets or less without cutting a character', () => {
    // Prepare: a long place with two-, three- and four-byte characters
    const location = `Ruang rapat Diskominfo, Gedung Pusat Pemerintahan ${'Élan ✓✓ 🙂 '.repeat(12)}Kota Jambi`;

    // Act
    const ics = visitIcs(makeEvent({ location }));

    // Assess
    const physical = ics.split('\r\n');
    const locationLines = physical.slice(physical.findIndex((line) => line.startsWith('LOCATION:')));
    expect(locationLines[1]?.startsWith(' ')).toBe(true);
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(property(ics, 'LOCATION')).toBe(escapeIcsText(location));
  });

  it('quotes CN values and drops the double quotes and line breaks a name holds', () => {
    const ics = visitIcs(
      makeEvent({
        organizer: { name: 'Tim "Smart City"\r\nKota Jambi', email: 'smartcity@jambikota.go.id' },
        attendees: [{ name: 'Dr. Rina Marlina, M.Si.', email: 'rina@jambikota.go.id' }],
      }),
    );
    expect(unfold(ics)).toContain(
      'ORGANIZER;CN="Tim Smart City Kota Jambi":mailto:smartcity@jambikota.go.id',
    );
    expect(unfold(ics)).toContain(
      'ATTENDEE;CN="Dr. Rina Marlina, M.Si.";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:rina@jambikota.go.id',
    );
  });

  it('reads back through ical.js as the event it was given', () => {
    // Prepare
    const event = makeEvent({ location: 'Ruang rapat Diskominfo, Jl. Jend. Basuki Rahmat; Lt. 2' });

    // Act
    const calendar = new ICAL.Component(ICAL.parse(visitIcs(event)));

    // Assess
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent?.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevent?.getFirstPropertyValue('location')).toBe(event.location);
    const start = vevent?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2026-11-16T05:00:00.000Z');
    const attendees = vevent?.getAllProperties('attendee') ?? [];
    expect(attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([
      ['Rina Marlina', 'mailto:rina@jambikota.go.id'],
      ['Ana Wijaya', 'mailto:ana@jambikota.go.id'],
    ]);
    expect(vevent?.getFirstProperty('organizer')?.getParameter('cn')).toBe('Tim Smart City Kota Jambi');
    const alarm = vevent?.getFirstSubcomponent('valarm');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D');
  });

  const start = instantAt('2026-11-16', '09:00', 'Asia/Jakarta');
  it.each<[string, Partial<VisitEvent>]>([
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['an end equal to the start', { end: start }],
    ['an end before the start', { end: new Date(start.getTime() - 60_000) }],
    ['an invalid start', { start: new Date(Number.NaN) }],
    ['an invalid end', { end: new Date(Number.NaN) }],
    ['an invalid stamp', { now: new Date(Number.NaN) }],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)' }],
    ['a URL with a line break', { url: 'https://siklus.example/l/a\r\nATTACH:evil' }],
    ['an organizer that is no address', { organizer: { name: 'Tim', email: 'smartcity' } }],
    [
      'an attendee address with a line break',
      { attendees: [{ name: 'Ana', email: 'ana@jambikota.go.id\r\nATTENDEE:mailto:x@y' }] },
    ],
    [
      'an attendee address with a space',
      { attendees: [{ name: 'Ana', email: 'ana wijaya@jambikota.go.id' }] },
    ],
    ['no attendee', { attendees: [] }],
    ['a cancellation that is not cancelled', { method: 'CANCEL', status: 'CONFIRMED' }],
    ['a request that is cancelled', { method: 'REQUEST', status: 'CANCELLED' }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => visitIcs(makeEvent(overrides))).toThrow(InvalidInputError);
  });
});

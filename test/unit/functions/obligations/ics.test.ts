import { describe, expect, it } from 'vitest';
import {
  type DeadlineEvent,
  deadlineIcs,
  deadlineUid,
  escapeIcsText,
  foldIcsLine,
} from '#functions/obligations/mail/ics.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

const makeEvent = (overrides: Partial<DeadlineEvent> = {}): DeadlineEvent => ({
  uid: deadlineUid('obl-2026-diskominfo-inovasi', 'siklus.jambikota.go.id'),
  summary: 'Tenggat Laporan Inovasi Daerah (Dinas Komunikasi dan Informatika)',
  description:
    'Kirim Laporan Inovasi Daerah, paling lambat Jumat; lewat Siklus.\nhttps://siklus.example/l/abc',
  dueDate: '2026-11-13',
  url: 'https://siklus.example/l/abc?x=1&y=2',
  sequence: 2,
  now: new Date('2026-11-01T01:02:03.456Z'),
  ...overrides,
});

/** The content lines of an iCalendar text, folded lines joined again. */
const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');
const property = (ics: string, name: string): string | undefined =>
  unfold(ics)
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '');

describe('deadlineIcs', () => {
  it('writes one all-day event with an alarm the day before', () => {
    // Act
    const ics = deadlineIcs(makeEvent());

    // Assess
    expect(ics).toMatchSnapshot();
    expect(unfold(ics)).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        'VERSION:2.0',
        'DTSTART;VALUE=DATE:20261113',
        'DTEND;VALUE=DATE:20261114',
        'TRIGGER:-PT15H',
        'ACTION:DISPLAY',
      ]),
    );
    expect(property(ics, 'DTSTAMP')).toBe('20261101T010203Z');
    expect(property(ics, 'URL')).toBe('https://siklus.example/l/abc?x=1&y=2');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('uses CRLF line endings and no bare line feed', () => {
    const ics = deadlineIcs(makeEvent({ description: 'baris satu\nbaris dua\r\nbaris tiga' }));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(property(ics, 'DESCRIPTION')).toBe('baris satu\\nbaris dua\\nbaris tiga');
  });

  it('sets SEQUENCE to the deadline version and keeps the UID when the deadline moves', () => {
    const first = deadlineIcs(makeEvent({ sequence: 2 }));
    const moved = deadlineIcs(makeEvent({ sequence: 3, dueDate: '2026-11-20' }));
    expect(property(first, 'SEQUENCE')).toBe('2');
    expect(property(moved, 'SEQUENCE')).toBe('3');
    expect(property(moved, 'UID')).toBe(property(first, 'UID'));
    expect(property(first, 'UID')).toBe('obl-2026-diskominfo-inovasi@siklus.jambikota.go.id');
  });

  it.each([
    ['2026-11-13', '20261113', '20261114'],
    ['2026-11-30', '20261130', '20261201'],
    ['2026-12-31', '20261231', '20270101'],
    ['2028-02-28', '20280228', '20280229'],
  ])('ends the event of %s on the next day', (dueDate, start, end) => {
    const ics = deadlineIcs(makeEvent({ dueDate }));
    expect(property(ics, 'DTSTART')).toBe(start);
    expect(property(ics, 'DTEND')).toBe(end);
  });

  it('escapes backslash, semicolon and comma in text values', () => {
    const ics = deadlineIcs(makeEvent({ summary: 'a\\b;c,d' }));
    expect(property(ics, 'SUMMARY')).toBe('a\\\\b\\;c\\,d');
  });

  it('folds every line at 75 octets or less without cutting a character', () => {
    // Prepare: two-, three- and four-byte characters among ASCII, far longer than one line
    const description = `Évaluasi ${'ééé ✓✓ 🙂 '.repeat(30)}${'x'.repeat(200)}`;

    // Act
    const ics = deadlineIcs(makeEvent({ description }));

    // Assess
    const physical = ics.split('\r\n');
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(property(ics, 'DESCRIPTION')).toBe(escapeIcsText(description));
  });

  it.each([
    ['a URL with a line break', { url: 'https://siklus.example/l/a\r\nATTACH:evil' }],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)' }],
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['an impossible date', { dueDate: '2026-02-30' }],
    ['an invalid stamp', { now: new Date(Number.NaN) }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => deadlineIcs(makeEvent(overrides))).toThrow(InvalidInputError);
  });
});

describe('escapeIcsText', () => {
  it('escapes the special characters and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\u0007g\th')).toBe('a\\\\b\\;c\\,d\\ne\\nfg\th');
  });
});

describe('foldIcsLine', () => {
  it('fills the first line to 75 octets and continuations to 74 after the space', () => {
    const folded = foldIcsLine('x'.repeat(200)).split('\r\n');
    expect(folded.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  it('moves a multi-byte character that would cross the limit to the next line', () => {
    // 74 ASCII octets + a 3-byte character: 77 octets, so the character starts the next line.
    const [first, second] = foldIcsLine(`${'x'.repeat(74)}✓y`).split('\r\n');
    expect(first).toBe('x'.repeat(74));
    expect(second).toBe(' ✓y');
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:Tenggat')).toBe('SUMMARY:Tenggat');
  });
});

import ICAL from 'ical.js';
import PostalMime, { type Email } from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { moveDeadline, waive } from '#functions/obligations/admin.ts';
import { type CycleRuntime, createCycleRuntime } from '#test/support/cycle-runtime.ts';

/** One email of the year as a mail program reads it, with its raw header lines and its calendar. */
interface ReadEmail {
  name: string;
  key: string;
  raw: string;
  parsed: Email;
  calendar?: ICAL.Component;
}

let rt: CycleRuntime;
let emails: ReadEmail[];

const headerLines = (raw: string) => raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
const header = (email: ReadEmail, name: string) =>
  email.parsed.headers.find((h) => h.key === name.toLowerCase())?.value;
const event = (email: ReadEmail) => email.calendar?.getFirstSubcomponent('vevent');

beforeAll(async () => {
  // A small city's year: Diskominfo's deadline moves twice, Bappeda is waived, the rest run their ladder.
  rt = await createCycleRuntime();
  await rt.seedSmallCity();
  await rt.startCycle();
  await rt.advanceTo('2026-10-01T01:00:00.000Z');
  await moveDeadline(rt.obligationDeps, 'admin', rt.obligationId('diskominfo'), '2026-11-13');
  await rt.advanceTo('2026-10-02T01:00:00.000Z');
  await moveDeadline(rt.obligationDeps, 'admin', rt.obligationId('diskominfo'), '2026-11-20');
  await waive(rt.obligationDeps, 'admin', rt.obligationId('bappeda'), 'Bappeda dilebur ke Bapperida');
  await rt.advanceTo('2026-12-31T00:00:00.000Z');
  const outbox = rt.ports.outbox;
  emails = await Promise.all(
    outbox.list().map(async (name) => {
      const raw = outbox.read(name);
      const parsed = await PostalMime.parse(raw);
      const ics = parsed.attachments.find((a) => a.mimeType === 'text/calendar');
      const text =
        ics && (typeof ics.content === 'string' ? ics.content : new TextDecoder().decode(ics.content));
      return {
        name,
        key: outbox.keyOf(name),
        raw,
        parsed,
        ...(text ? { calendar: new ICAL.Component(ICAL.parse(text)) } : {}),
      };
    }),
  );
}, 120_000);

describe('the emails of a year, read by postal-mime and ical.js', () => {
  it('sent a year of mail, the changes included', () => {
    expect(emails.length).toBeGreaterThan(20);
    expect(emails.filter((e) => e.key.includes('#moved#'))).toHaveLength(2);
    expect(emails.filter((e) => e.key.includes('#waived#'))).toHaveLength(1);
  });

  it('signs every email as the city’s Smart City team, with replies to the team and no auto-replies', () => {
    for (const email of emails) {
      expect(email.parsed.from).toEqual({
        name: 'Tim Smart City Kota Jambi',
        address: 'no-reply@siklus.example.org',
      });
      expect(email.parsed.replyTo).toEqual([{ name: '', address: 'smartcity@example.org' }]);
      expect(header(email, 'Auto-Submitted')).toBe('auto-generated');
      expect(header(email, 'Date')).toMatch(/ \+0000$/);
      expect(email.parsed.messageId).toMatch(/^<[0-9a-f]{24}\.\d+@siklus\.example\.org>$/);
    }
  });

  it('keeps ids out of the headers: an opaque reference instead of the business key', () => {
    for (const email of emails) {
      expect(email.raw).not.toContain('X-Siklus-Key');
      expect(header(email, 'X-Siklus-Ref')).toMatch(/^[0-9a-f]{24}$/);
      expect(headerLines(email.raw).join('\n')).not.toContain(email.key.split('#')[0]);
    }
  });

  it('folds every header within 78 characters, and every encoded word within 75', () => {
    for (const email of emails) {
      for (const line of headerLines(email.raw)) expect(line.length, line).toBeLessThanOrEqual(78);
      for (const word of email.raw.match(/=\?UTF-8\?B\?[^?]*\?=/gi) ?? [])
        expect(word.length).toBeLessThanOrEqual(75);
    }
  });

  it('keeps one calendar UID per obligation, in the deployment’s domain, and raises SEQUENCE with each move', () => {
    const diskominfo = emails.filter((e) => e.key.startsWith(rt.obligationId('diskominfo')) && e.calendar);
    const uids = new Set(diskominfo.map((e) => event(e)?.getFirstPropertyValue('uid')));
    expect([...uids]).toEqual([`${rt.obligationId('diskominfo')}@localhost`]);
    const byVersion = diskominfo.map((e) => [
      e.key.split('#')[1],
      event(e)?.getFirstPropertyValue('sequence'),
    ]);
    for (const [version, sequence] of byVersion) expect(sequence).toBe(version === '0' ? 1 : Number(version));
    const moves = diskominfo.filter((e) => e.key.includes('#moved#'));
    expect(moves.map((e) => event(e)?.getFirstPropertyValue('sequence'))).toEqual([2, 3]);
    expect(moves.map((e) => String(event(e)?.getFirstPropertyValue('dtstart')))).toEqual([
      '2026-11-13',
      '2026-11-20',
    ]);
    expect(moves.every((e) => e.calendar?.getFirstPropertyValue('method') === 'PUBLISH')).toBe(true);
  });

  it('alarms at 09:00 the day before the deadline', () => {
    for (const email of emails.filter((e) => e.calendar?.getFirstPropertyValue('method') === 'PUBLISH')) {
      const alarm = event(email)?.getFirstSubcomponent('valarm');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    }
  });

  it('cancels the calendar entry of a waived obligation, above its last version', () => {
    const [waiver] = emails.filter((e) => e.key.includes('#waived#'));
    expect(waiver?.calendar?.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelled = waiver && event(waiver);
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.getFirstPropertyValue('uid')).toBe(`${rt.obligationId('bappeda')}@localhost`);
    expect(cancelled?.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancelled?.getFirstPropertyValue('organizer')).toBe('mailto:smartcity@example.org');
    expect(waiver?.parsed.text).toContain('Bappeda dilebur ke Bapperida');
  });
});

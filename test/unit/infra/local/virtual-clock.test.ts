import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ClockBackwardsError,
  createVirtualClock,
  InvalidDurationError,
  parseDuration,
} from '#infra/local/virtual-clock.ts';

const clockFile = () => join(mkdtempSync(join(tmpdir(), 'siklus-clock-')), 'state', 'clock.json');
const start = new Date('2026-01-05T00:00:00.000Z');
const day = 86_400_000;

describe('virtual clock', () => {
  it('starts at the time given and writes it to its file', () => {
    // Prepare
    const file = clockFile();

    // Act
    const clock = createVirtualClock(file, start);

    // Assess
    expect(clock.now()).toEqual(start);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ now: '2026-01-05T00:00:00.000Z' });
  });

  it('moves forward by set and advanceBy, and persists each move', () => {
    // Prepare
    const file = clockFile();
    const clock = createVirtualClock(file, start);

    // Act
    clock.set(new Date('2026-02-01T00:00:00.000Z'));
    const advanced = clock.advanceBy(parseDuration('12h'));

    // Assess
    expect(advanced).toEqual(new Date('2026-02-01T12:00:00.000Z'));
    expect(clock.now()).toEqual(advanced);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ now: '2026-02-01T12:00:00.000Z' });
  });

  it('continues from its file after a restart, whatever start is given', () => {
    // Prepare
    const file = clockFile();
    createVirtualClock(file, start).advanceBy(30 * day);

    // Act
    const restarted = createVirtualClock(file, new Date('2020-01-01T00:00:00.000Z'));

    // Assess
    expect(restarted.now()).toEqual(new Date('2026-02-04T00:00:00.000Z'));
  });

  it('sees the time another process moved the file to', () => {
    // Prepare: two clocks on one file, as the engine and the CLI
    const file = clockFile();
    const engine = createVirtualClock(file, start);
    const cli = createVirtualClock(file);

    // Act
    cli.advanceBy(2 * day);

    // Assess
    expect(engine.now()).toEqual(new Date('2026-01-07T00:00:00.000Z'));
  });

  it('never goes backwards, even when the file is rewritten with an earlier time', () => {
    // Prepare
    const file = clockFile();
    const clock = createVirtualClock(file, start);
    clock.advanceBy(day);

    // Act
    writeFileSync(file, JSON.stringify({ now: '2025-12-01T00:00:00.000Z' }));

    // Assess
    expect(clock.now()).toEqual(new Date('2026-01-06T00:00:00.000Z'));
  });

  it('refuses to be set to an earlier time or advanced by a negative amount', () => {
    // Prepare
    const clock = createVirtualClock(clockFile(), start);

    // Act / Assess
    expect(() => clock.set(new Date('2026-01-04T23:59:59.999Z'))).toThrow(ClockBackwardsError);
    expect(() => clock.advanceBy(-1)).toThrow(ClockBackwardsError);
    expect(() => clock.advanceBy(Number.NaN)).toThrow(ClockBackwardsError);
    expect(clock.now()).toEqual(start);
  });

  it('accepts being set to the time it already shows', () => {
    const clock = createVirtualClock(clockFile(), start);
    clock.set(new Date(start));
    expect(clock.now()).toEqual(start);
  });

  it('writes through a temporary file and leaves none behind', () => {
    // Prepare
    const file = clockFile();
    const clock = createVirtualClock(file, start);

    // Act
    for (let i = 0; i < 5; i++) clock.advanceBy(60_000);

    // Assess
    expect(readdirSync(join(file, '..'))).toEqual(['clock.json']);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('says which file is broken when it holds no valid time', () => {
    const file = clockFile();
    createVirtualClock(file, start);
    writeFileSync(file, '{"now":"yesterday"}');
    expect(() => createVirtualClock(file)).toThrow(/clock\.json holds no valid time/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['90m', 90 * 60_000],
    ['12h', 12 * 3_600_000],
    ['30d', 30 * day],
    ['2w', 14 * day],
    ['365d', 365 * day],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '30', 'd', '0d', '-1d', '1.5d', '30s', '1y', '2 weeks', '1d2h'])(
    'refuses "%s" with a clear error',
    (text) => {
      expect(() => parseDuration(text)).toThrow(InvalidDurationError);
      expect(() => parseDuration(text)).toThrow(
        /use a positive whole number with m \(minutes\), h \(hours\), d \(days\) or w \(weeks\)/,
      );
    },
  );
});

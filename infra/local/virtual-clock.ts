import { mkdirSync, readFileSync, renameSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';

/** A clock that simulations move forward by hand; it never goes backwards. */
export interface VirtualClock extends Clock {
  /** Moves the clock to `to`; throws {@link ClockBackwardsError} if `to` is earlier than now. */
  set(to: Date): void;
  /** Moves the clock forward by `ms` (0 or more) and returns the new time. */
  advanceBy(ms: number): Date;
}

/** Thrown when something asks the virtual clock to go back in time. */
export class ClockBackwardsError extends Error {
  override readonly name = 'ClockBackwardsError';
}

/** Thrown by {@link parseDuration} for anything but a whole number of minutes, hours, days or weeks. */
export class InvalidDurationError extends Error {
  override readonly name = 'InvalidDurationError';
}

const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `'90m'`, `'12h'`, `'30d'`, `'2w'` -> milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)([mhdw])$/.exec(text.trim());
  const amount = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(amount) || amount === 0) {
    throw new InvalidDurationError(
      `Invalid duration "${text}": use a positive whole number with m (minutes), h (hours), d (days) or w (weeks), e.g. 90m, 12h, 30d, 2w`,
    );
  }
  return amount * unitMs[match[2] as keyof typeof unitMs];
}

/**
 * A virtual clock kept in memory and persisted to `file` (`{ "now": ISO }`, written to a temporary
 * file then renamed, so a reader never sees half a file). A restart, or another process on the same
 * file (the CLI beside the engine), continues from the same time.
 *
 * - An existing `file` wins over `start`: `start` (default: the real time) only begins a new clock.
 * - `now()` looks at the file's identity (inode, mtime, size) and takes a newer time written by
 *   another process; it never moves backwards, whatever the file says.
 * - One writer at a time is assumed (the engine lock gives that); two concurrent writers may
 *   leave the older of their times in the file, never a torn one.
 */
export function createVirtualClock(file: string, start?: Date): VirtualClock {
  let current: number;
  let seen: Stats | undefined;
  let temporaries = 0;

  const read = (): number | undefined => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) return undefined;
    seen = stats;
    const text = readFileSync(file, 'utf8');
    let now = Number.NaN;
    try {
      const { now: iso } = JSON.parse(text) as { now?: unknown };
      if (typeof iso === 'string') now = Date.parse(iso);
    } catch {
      // Reported below, with the file's name.
    }
    if (Number.isNaN(now))
      throw new Error(`${file} holds no valid time ({ "now": ISO }): ${text.slice(0, 100)}`);
    return now;
  };

  const write = (): void => {
    const temporary = `${file}.${process.pid}.${++temporaries}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ now: new Date(current).toISOString() })}\n`);
    renameSync(temporary, file);
    seen = statSync(file);
  };

  /** Takes a newer time another process wrote; cheap when nothing changed (one stat). */
  const sync = (): void => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (
      !stats ||
      (seen && stats.ino === seen.ino && stats.mtimeMs === seen.mtimeMs && stats.size === seen.size)
    )
      return;
    current = Math.max(current, read() ?? current);
  };

  const set = (to: Date): void => {
    const target = to.getTime();
    if (Number.isNaN(target)) throw new TypeError('The virtual clock cannot be set to an invalid date');
    sync();
    if (target < current) {
      throw new ClockBackwardsError(
        `The clock cannot go back from ${new Date(current).toISOString()} to ${to.toISOString()}`,
      );
    }
    if (target === current) return;
    current = target;
    write();
  };

  mkdirSync(dirname(file), { recursive: true });
  const stored = read();
  current = stored ?? (start ?? systemClock.now()).getTime();
  if (stored === undefined) write();

  return {
    now: () => {
      sync();
      return new Date(current);
    },
    set,
    advanceBy: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new ClockBackwardsError(`The clock only moves forward: cannot advance by ${ms} ms`);
      }
      sync();
      set(new Date(current + ms));
      return new Date(current);
    },
  };
}

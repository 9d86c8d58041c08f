import { existsSync } from 'node:fs';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { createVirtualClock, type VirtualClock } from './virtual-clock.ts';

/**
 * The clock the domain runs on in the embedded runtime: virtual when `.siklus/clock.json`
 * exists (the demo city lives in its cycle year; `siklus clock advance` moves it), else real.
 */
export function domainClock(clockFile: string): Clock | VirtualClock {
  return existsSync(clockFile) ? createVirtualClock(clockFile) : systemClock;
}

/** Starts the virtual clock at `start` unless it runs already; returns it. */
export function ensureVirtualClock(clockFile: string, start: Date): VirtualClock {
  return existsSync(clockFile) ? createVirtualClock(clockFile) : createVirtualClock(clockFile, start);
}

export const isVirtual = (clock: Clock): clock is VirtualClock =>
  typeof (clock as VirtualClock).set === 'function';

import type { Entry } from '../../alpha/model.ts';

/** Breaks platform-stands-alone: the platform uses a module. */
export function stamp(entry: Entry, at: Date): string {
  return `${entry.id} ${at.toISOString()}`;
}

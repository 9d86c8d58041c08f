import type { Entry } from '../alpha/model.ts';

/** Closes the cycle of folders: alpha imports beta (report.ts) and beta imports alpha here. */
export function notice(entry: Entry): string {
  return `entry ${entry.id}`;
}

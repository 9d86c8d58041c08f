/** A top file of the fake module `beta`, which other modules may import. */
export function summarize(total: number): string {
  return `total ${total}`;
}

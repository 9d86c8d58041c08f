import { createHash } from 'node:crypto';

/*
 * The selection of RFC 3797 ("Publicly Verifiable Nominations Committee (NomCom) Random
 * Selection"), sections 4 and 5, unchanged: for the i-th selection (from 0), the MD5 digest of
 * the key string with i as a two-byte big-endian number before and after it, read as an unsigned
 * 128-bit number, modulo the number of pool entries not selected yet, plus one, is the position
 * of the next selected entry among those left, in pool order. Any RFC 3797 program recomputes it
 * from the key string and the pool's size.
 */

/** One step of a draw: the digest (hex, upper case as the RFC prints it) and the pool position it selected. */
export interface DrawStep {
  readonly digest: string;
  /** The selected entry's position in the announced pool, 1..N. */
  readonly position: number;
}

/** The most a draw may select: the index is two bytes. */
export const maxSelections = 65_536;

/** The RFC's prefix and suffix of the i-th digest: i as two bytes, most significant first. */
const indexBytes = (i: number) => Buffer.from([(i >> 8) & 0xff, i & 0xff]);

/** The MD5 digest of the i-th selection, upper-case hex. */
export function digestOf(key: string, i: number): string {
  const index = indexBytes(i);
  return createHash('md5')
    .update(Buffer.concat([index, Buffer.from(key, 'latin1'), index]))
    .digest('hex')
    .toUpperCase();
}

/**
 * Draws `count` of a pool of `poolSize` entries (positions 1..poolSize) with the key string:
 * each step's digest and the pool position it selected, in the order selected.
 */
export function draw(key: string, poolSize: number, count: number): DrawStep[] {
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new RangeError('The pool holds at least one entry');
  if (!Number.isInteger(count) || count < 1 || count > poolSize || count > maxSelections)
    throw new RangeError(`A draw selects from 1 to ${Math.min(poolSize, maxSelections)} entries`);
  const left = Array.from({ length: poolSize }, (_, i) => i + 1);
  const steps: DrawStep[] = [];
  for (let i = 0; i < count; i++) {
    const digest = digestOf(key, i);
    const at = Number(BigInt(`0x${digest}`) % BigInt(left.length));
    const [position] = left.splice(at, 1);
    steps.push({ digest, position: position as number });
  }
  return steps;
}

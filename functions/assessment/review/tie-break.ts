import { createHash } from 'node:crypto';

/**
 * The key that orders evaluators of equal load for one OPD of one cycle: the hex SHA-256 of the
 * cycle year, the OPD id and the person id. It depends on nothing else, so the order of the
 * evaluator list never matters; and because the OPD is part of it, ties do not always fall to
 * the same person across OPDs.
 *
 * Fields are joined with a NUL character, which no id contains, so `('a-b', 'c')` and
 * `('a', 'b-c')` never share a key.
 */
export function tieBreakKey(year: number, opd: string, personId: string): string {
  return createHash('sha256').update(`${year}\u0000${opd}\u0000${personId}`).digest('hex');
}

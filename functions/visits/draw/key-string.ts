/*
 * The key string of RFC 3797, section 4, from the values of the announced public sources of
 * randomness. Siklus takes whole numbers only (a lottery's balls, a stock index's closing value
 * in hundredths): each written in decimal without leading zeros and followed by a period, a
 * source's numbers in ascending order, each source followed by a slash, the sources in the order
 * they were announced. `9319`, `2 5 12 8 10` and `9 18 26 34 41 45` give
 * `9319./2.5.8.10.12./9.18.26.34.41.45./`, the RFC's own example.
 */

/** The values one source gave: one number or several (a lottery draws several). */
export type SourceValues = readonly bigint[];

/** Why a source's values cannot make a key string. */
export class SourceValueError extends Error {
  override readonly name = 'SourceValueError';
}

/** One source's part of the key string: its numbers ascending, each followed by `.`, then `/`. */
export function sourcePart(values: SourceValues): string {
  if (values.length === 0) throw new SourceValueError('A source gives at least one number');
  for (const value of values)
    if (value < 0n) throw new SourceValueError(`A source value is a whole number from 0, not ${value}`);
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${sorted.map((value) => `${value.toString(10)}.`).join('')}/`;
}

/** The key string of the sources' values, in the order the sources were announced. */
export function keyString(sources: readonly SourceValues[]): string {
  if (sources.length === 0) throw new SourceValueError('A draw needs at least one source');
  return sources.map(sourcePart).join('');
}

/**
 * A source's values as a person types them: whole numbers separated by spaces, commas or
 * semicolons (`2, 5, 12, 8, 10`); a dot or comma inside a number is refused, never guessed as a
 * decimal or thousands separator.
 */
export function parseSourceValues(text: string): SourceValues {
  const tokens = text.split(/[\s,;]+/).filter((token) => token !== '');
  if (tokens.length === 0) throw new SourceValueError('No number given');
  return tokens.map((token) => {
    if (!/^\d{1,40}$/.test(token)) throw new SourceValueError(`"${token}" is not a whole number`);
    return BigInt(token);
  });
}

/**
 * The size of an item as DynamoDB counts it against its item limit, from the values the document
 * client writes (undefined values left out, as `removeUndefinedValues` does). The rules, from the
 * DynamoDB developer guide: an attribute costs the UTF-8 length of its name plus its value; a
 * string its UTF-8 length, binary its length, a number about one byte per two significant digits
 * plus one (counted here from its decimal digits, so never less), a boolean or null one byte, a
 * list or map 3 bytes plus 1 per element, a map's element also the length of its name.
 */

/** The largest item DynamoDB stores: 400 KB, names and values together. */
export const maxItemBytes = 400 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

function numberBytes(value: number): number {
  const digits = String(Math.abs(value)).replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return Math.min(21, Math.ceil(Math.max(1, digits.length) / 2) + 1);
}

function valueBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number') return numberBytes(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueBytes(v), 0);
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + 1 + valueBytes(v ?? null), 3);
  if (typeof value === 'object')
    return Object.entries(value).reduce(
      (sum: number, [name, v]) => (v === undefined ? sum : sum + 1 + utf8(name) + valueBytes(v)),
      3,
    );
  return 0;
}

/** The bytes an item counts against {@link maxItemBytes}. */
export function itemBytes(item: object): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => (value === undefined ? sum : sum + utf8(name) + valueBytes(value)),
    0,
  );
}

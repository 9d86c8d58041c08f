/*
 * Page cursors: the last key of a page, handed to the client as an opaque string and checked on
 * the way back before it reaches the table. A cursor is the start key of the next Query, so an
 * unchecked one could start that Query anywhere (another city's partition) or make it fail.
 */

/**
 * The key a cursor of one paged query must name: each attribute of the index's key schema, with
 * the exact value it must have or a pattern its whole value must match.
 */
export type KeyShape = Readonly<Record<string, string | RegExp>>;

/** A cursor that no page of this query handed out: not base64url JSON, or not a key of its shape. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** Longest value a key attribute of a cursor may hold; real keys are far shorter. */
const maxValueLength = 512;
const base64url = /^[A-Za-z0-9_-]+$/;

/** The last key of a page as a cursor: base64url of its JSON. */
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const fits = (value: unknown, expected: string | RegExp): boolean => {
  if (typeof value !== 'string' || value.length > maxValueLength) return false;
  if (typeof expected === 'string') return value === expected;
  return expected.exec(value)?.[0] === value;
};

function parse(cursor: string): unknown {
  // Buffer.from skips characters outside the alphabet, which would let two texts be one cursor.
  if (!base64url.test(cursor)) throw new InvalidCursorError('Not base64url');
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidCursorError('Not JSON', { cause: error });
  }
}

/**
 * The key a cursor names, when it is a JSON object with exactly the attributes of `shape`, each a
 * string of the shape's form.
 * @throws InvalidCursorError otherwise.
 */
export function decodeCursor(cursor: string, shape: KeyShape): Record<string, string> {
  const key = parse(cursor);
  if (typeof key !== 'object' || key === null || Array.isArray(key)) {
    throw new InvalidCursorError('Not a key');
  }
  const names = Object.keys(key);
  const expected = Object.entries(shape);
  if (
    names.length !== expected.length ||
    !expected.every(
      ([name, form]) => Object.hasOwn(key, name) && fits((key as Record<string, unknown>)[name], form),
    )
  ) {
    throw new InvalidCursorError('Not a key of this query');
  }
  return key as Record<string, string>;
}

/**
 * Plain predicates over answer values, shared by the answer schema, the definition checks and the
 * JSON Schema export.
 * @packageDocumentation
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// `\p{Cc}` is U+0000-U+001F and U+007F-U+009F: invisible, and never typed on purpose.
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u;
const ASCII_UPPER = /[A-Z]+/g;
/** A subtype as RFC 6838 registers them, written in lower case. */
const SUBTYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The longest web address a `url` field accepts unless it sets `maxLength`. */
export const DEFAULT_URL_MAX_LENGTH = 2048;
/** The longest content type an evidence file reference may carry. */
export const CONTENT_TYPE_MAX_LENGTH = 255;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The number of characters in `text`, counted as Unicode code points like JSON Schema's
 * `maxLength` does, so an emoji counts once although JavaScript strings hold it as two units.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The web address a `url` field stores for `value`: what the WHATWG URL parser (`new URL`, as in
 * browsers) makes of it, when that is an absolute http(s) URL with a host, https only unless
 * `allowHttp`. Undefined when `value` is not such an address, or holds a space or control character
 * anywhere (the parser would silently drop or strip some of them).
 *
 * The parser repairs what people type, so the address is stored normalized: `HTTPS://Bücher.de`
 * becomes `https://xn--bcher-kva.de/`, `https:\\host\a` becomes `https://host/a`, and characters a URL
 * may not hold are percent-encoded.
 */
export function webUrl(value: string, allowHttp: boolean): string | undefined {
  if (SPACE_OR_CONTROL.test(value)) return undefined;
  const url = URL.parse(value);
  if (url === null || url.hostname === '') return undefined;
  const scheme = url.protocol === 'https:' || (allowHttp && url.protocol === 'http:');
  return scheme ? url.href : undefined;
}

/** Whether a `url` field accepts `value`; see {@link webUrl}. */
export function isWebUrl(value: string, allowHttp: boolean): boolean {
  return webUrl(value, allowHttp) !== undefined;
}

/**
 * A content type with its ASCII letters in lower case. Media types are case-insensitive (RFC 9110),
 * so `Application/PDF` is stored as `application/pdf`; other letters are left alone, because
 * `toLowerCase` would turn the Kelvin sign into `k` and let a look-alike match.
 */
export function normalizeContentType(contentType: string): string {
  return contentType.replace(ASCII_UPPER, (letters) => letters.toLowerCase());
}

/**
 * Whether a content type is one of `accept`, ignoring ASCII case, where `type/*` accepts that type
 * with any subtype of RFC 6838 characters (`image/png`, not `image/` or `image/png; q=1`).
 */
export function acceptsContentType(accept: readonly string[], contentType: string): boolean {
  const type = normalizeContentType(contentType);
  return accept.some((a) => {
    const pattern = normalizeContentType(a);
    if (!pattern.endsWith('/*')) return type === pattern;
    const prefix = pattern.slice(0, -1);
    return type.startsWith(prefix) && SUBTYPE.test(type.slice(prefix.length));
  });
}

/**
 * Regular expressions (ECMA-262, as JSON Schema's `pattern` takes them) that state exactly what the
 * engine's value checks in `value-checks.ts` accept, where a regular expression can.
 * @packageDocumentation
 */

/** Any text with a character other than white space: the engine calls the rest empty. */
export const NOT_BLANK = '\\S';

/** The characters the engine refuses anywhere in a web address: white space and control characters. */
const SPACE_OR_CONTROL = '\\s\\u0000-\\u001F\\u007F-\\u009F';

// Years whose February has 29 days: divisible by 4, and centuries only when divisible by 400.
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)';
const MONTH_DAY =
  '(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)';

/** A real calendar date `YYYY-MM-DD`, leap years included, as `isCalendarDate` decides. */
export const CALENDAR_DATE = `^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `text` as a pattern source that ignores the case of ASCII letters: JSON Schema has no `i` flag. */
export function caseless(text: string): string {
  return [...text]
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escapeRegExp(c)))
    .join('');
}

/**
 * A date `YYYY-MM-DD` on or after (`later`) or on or before `bound`. Dates of one shape order like
 * their text, so the bound is a comparison digit by digit: the same digits up to one that is
 * greater (or smaller), then anything; the calendar date pattern checks the rest of the shape.
 */
export function dateBound(bound: string, later: boolean): string {
  const digits = (low: number, high: number): string => (low === high ? `${low}` : `[${low}-${high}]`);
  const alternatives = [bound];
  for (let i = bound.length - 1; i >= 0; i--) {
    const digit = Number(bound[i]);
    if (bound[i] === '-' || (later ? digit === 9 : digit === 0)) continue;
    alternatives.push(`${bound.slice(0, i)}${later ? digits(digit + 1, 9) : digits(0, digit - 1)}`);
  }
  return `^(?:${alternatives.join('|')})`;
}

/** A short text matching the field's own `pattern` as a whole, and not blank. */
export function shortTextPattern(pattern: string): string {
  return `^(?!\\s*$)(?:${pattern})$`;
}

/** A subtype of RFC 6838 characters, which a wildcard such as `image/*` stands for. */
const SUBTYPE = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*';

/** A content type that `acceptsContentType(accept, ...)` accepts, in any ASCII case. */
export function contentTypePattern(accept: readonly string[]): string {
  const types = accept.map((a) => (a.endsWith('/*') ? `${caseless(a.slice(0, -1))}${SUBTYPE}` : caseless(a)));
  return `^(?:${types.join('|')})$`;
}

const PORT = '(?:0*(?:\\d{1,4}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?';

/**
 * The parts of a web address as the WHATWG URL parser splits an http(s) one: the scheme in any case,
 * any run of slashes and backslashes, optional user info up to the last `@`, a host (bracketed IPv6
 * or a name without the characters a host can never hold), an optional port up to 65535, then
 * anything after a slash, backslash, `?` or `#`. Nothing may be white space or a control character.
 * With `capture`, the host is the named group `host` between groups `before` and `after`.
 */
export function webUrlSource(allowHttp: boolean, capture = false): string {
  const scheme = `${caseless('http')}${allowHttp ? '[Ss]?' : '[Ss]'}:[/\\\\]*`;
  const userInfo = `(?:[^${SPACE_OR_CONTROL}/\\\\?#]*@)?`;
  const host = `(?:\\[[0-9A-Fa-f:.]+\\]|[^${SPACE_OR_CONTROL}/\\\\?#@:\\[\\]<>^|]+)`;
  const rest = `(?::${PORT})?(?:[/\\\\?#][^${SPACE_OR_CONTROL}]*)?`;
  if (!capture) return `^${scheme}${userInfo}${host}${rest}$`;
  return `^(?<before>${scheme}${userInfo})(?<host>${host})(?<after>${rest})$`;
}

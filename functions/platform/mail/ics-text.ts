import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

/*
 * The text rules of iCalendar files (RFC 5545) that every calendar file of the engine follows:
 * escaped text, folded lines, UTC stamps and plain URIs.
 */

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped, other control characters dropped. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/(?!\t)\p{Cc}/gu, '');
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 §3.1): each
 * continuation starts with one space, which counts. Splits between code points only, so a
 * multi-byte UTF-8 character is never cut in two.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** An instant as an iCalendar UTC DATE-TIME, `20261101T010203Z`. */
export function utcStamp(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new InvalidInputError('DTSTAMP needs a valid instant');
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A URI property value is written as it is, so it must carry no whitespace or control character. */
export function checkUri(url: string): string {
  if (!/^https?:\/\/[^\s\p{Cc}]+$/u.test(url)) throw new InvalidInputError(`Not an http(s) URL: ${url}`);
  return url;
}

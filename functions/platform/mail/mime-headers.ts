/**
 * Header fields for `toMime` (mime.ts): every value is checked, encoded and folded here, so that text
 * taken from the directory or a form can never add a header of its own.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5322 (folding, addresses, dates)
 * @see https://www.rfc-editor.org/rfc/rfc2047 (encoded words)
 * @see https://www.rfc-editor.org/rfc/rfc2231 (parameter values)
 */

/** A header value that cannot be written safely: a line break, another control, or a bad address. */
export class MimeHeaderError extends Error {
  override readonly name = 'MimeHeaderError';
}

/** RFC 5322 asks for lines of at most 78 characters, RFC 2047 for encoded words of at most 75. */
export const maxLineLength = 78;
const maxEncodedWordLength = 75;
/** Beyond this RFC 5322 forbids a line outright, so plain text that cannot fold is encoded instead. */
const hardLineLength = 998;

const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const addrSpec = new RegExp(`^${atext}(?:\\.${atext})*@${label}(?:\\.${label})*$`);
const atomPhrase = new RegExp(`^${atext}(?: ${atext})*$`);
/** Words of printable ASCII with single spaces: what survives folding, unfolding and trimming. */
const plainText = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
// CR and LF end a header line; the other controls (TAB aside) have no place in one either.
const controlCharacter = /[^\P{Cc}\t]/u;

/** Throws unless `value` is well-formed Unicode with no control character but TAB. */
export function checkHeaderText(field: string, value: string): void {
  if (controlCharacter.test(value))
    throw new MimeHeaderError(`${field} holds a line break or control character`);
  if (!value.isWellFormed()) throw new MimeHeaderError(`${field} is not well-formed Unicode`);
}

/** Lays `tokens` out after `head`, one space apart, starting a folded line where one would pass 78. */
function fold(head: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = head;
  for (const [index, token] of tokens.entries()) {
    if (index > 0 && line.length + 1 + token.length > maxLineLength) {
      lines.push(line);
      line = '';
    }
    line += ` ${token}`;
  }
  return [...lines, line].join('\r\n');
}

const fitsHardLimit = (folded: string) => folded.split('\r\n').every((line) => line.length <= hardLineLength);

/**
 * The UTF-8 bytes a base64 encoded word of `room` characters carries (`=?UTF-8?B?` + `?=` is 12);
 * never fewer than 4, so that every word holds at least one character.
 */
const bytesFor = (room: number) =>
  Math.max(4, Math.floor((Math.min(room, maxEncodedWordLength) - 12) / 4) * 3);
const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

/**
 * `text` as RFC 2047 encoded words, split between characters (never inside one), the first word
 * short enough for the `firstRoom` columns left on the header's first line.
 */
function encodeWords(text: string, firstRoom: number): string[] {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  let budget = bytesFor(firstRoom);
  for (const character of text) {
    const size = Buffer.byteLength(character);
    if (chunk && bytes + size > budget) {
      words.push(encodedWord(chunk));
      [chunk, bytes, budget] = ['', 0, bytesFor(maxEncodedWordLength)];
    }
    chunk += character;
    bytes += size;
  }
  return [...words, encodedWord(chunk)];
}

/**
 * `Name: value` for free text such as `Subject`: plain ASCII folds at its spaces; anything else
 * (non-ASCII, leading or repeated spaces, text that looks like an encoded word) becomes encoded
 * words, which keep it exactly as it was.
 *
 * @example unstructuredHeader('Subject', 'Pengingat — tenggat') // 'Subject: =?UTF-8?B?...?='
 */
export function unstructuredHeader(name: string, value: string): string {
  checkHeaderText(name, value);
  const head = `${name}:`;
  if (value === '') return head;
  if (plainText.test(value) && !value.includes('=?')) {
    const folded = fold(head, value.split(' '));
    if (fitsHardLimit(folded)) return folded;
  }
  return fold(head, encodeWords(value, maxLineLength - head.length - 1));
}

/** `value` as an RFC 5322 quoted string: its quotes and backslashes escaped. */
export const quotedString = (value: string) => `"${value.replace(/[\\"]/g, '\\$&')}"`;

/** A display name as RFC 5322 phrase tokens: atoms as they are, else a quoted string, else encoded words. */
function phrase(display: string, firstRoom: number): string[] {
  if (display.includes('=?')) return encodeWords(display, firstRoom);
  if (atomPhrase.test(display)) return display.split(' ');
  if (/^[\x20-\x7e]+$/.test(display)) return [quotedString(display)];
  return encodeWords(display, firstRoom);
}

const unquote = (display: string) =>
  /^".*"$/s.test(display) ? display.slice(1, -1).replace(/\\(.)/gs, '$1') : display;

/**
 * `Name: mailbox` for one address, given as `addr@example.org` or `Display Name <addr@example.org>`.
 * The address must be a plain ASCII addr-spec; the display name is quoted or encoded as it needs.
 *
 * @example addressHeader('From', 'Dinas Komunikasi & Informatika <diskominfo@example.go.id>')
 */
export function addressHeader(name: string, mailbox: string): string {
  checkHeaderText(name, mailbox);
  const match = /^(.*?)\s*<([^<>]*)>$/s.exec(mailbox.trim());
  const address = match?.[2] ?? mailbox.trim();
  if (address.length > 254 || !addrSpec.test(address)) {
    throw new MimeHeaderError(`${name} is not a plain ASCII email address`);
  }
  const display = unquote(match?.[1]?.trim() ?? '');
  if (!display) return `${name}: ${address}`;
  return fold(`${name}:`, [...phrase(display, maxLineLength - name.length - 2), `<${address}>`]);
}

/** The value of `Message-ID`: one `<left@right>` of printable ASCII. */
export function messageIdValue(messageId: string): string {
  if (!/^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/.test(messageId) || /@.*@/.test(messageId)) {
    throw new MimeHeaderError('Message-ID is not of the form <left@right>');
  }
  return messageId;
}

/** An RFC 5322 date in UTC with a numeric zone (the `GMT` form is obsolete): `Tue, 01 Dec 2026 08:54:56 +0000`. */
export function dateValue(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new MimeHeaderError('Date is not a valid date');
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * `Name: value; p1; p2`, each parameter on a folded line of its own. `value` must be printable
 * ASCII, e.g. a content type with parameters of its own (`text/calendar; method=PUBLISH`).
 */
export function parameterHeader(name: string, value: string, parameters: readonly string[]): string {
  checkHeaderText(name, value);
  if (!/^[\x20-\x7e]+$/.test(value)) throw new MimeHeaderError(`${name} is not printable ASCII`);
  return [`${name}: ${value}`, ...parameters].join(';\r\n ');
}

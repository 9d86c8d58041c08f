/**
 * A `Content-Disposition` value that names a file (RFC 6266): a quoted ASCII fallback for clients
 * that know only `filename`, then the exact name in UTF-8 as `filename*` (RFC 8187, which replaced
 * RFC 5987), which every current browser prefers. Whatever the name holds, the value is printable
 * ASCII without a line break, so it cannot add a header of its own.
 *
 * @example
 * contentDisposition('inline', 'Laporan Inovasi — Café.pdf');
 * // inline; filename="Laporan Inovasi _ Cafe.pdf"; filename*=UTF-8''Laporan%20Inovasi%20%E2%80%94%20Caf%C3%A9.pdf
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  // Controls have no place in a file name; a lone surrogate could not be encoded as UTF-8.
  const name = filename.toWellFormed().replace(/\p{Cc}/gu, '');
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc8187(name)}`;
}

/** The name with its accents dropped (é as e) and anything else outside printable ASCII, `"` and `\` as `_`. */
const asciiFallback = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');

/** Percent-encodes UTF-8 bytes, keeping only RFC 8187's attr-chars that encodeURIComponent also keeps. */
const rfc8187 = (name: string): string =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
